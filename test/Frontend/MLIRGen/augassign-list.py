# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s
#
# `xs += ys` on a list is an in-place extend of the list every alias sees,
# not a rebinding to `xs + ys`.

from typing import List


# CHECK-LABEL: func.func @f(
# CHECK: %[[XS:.*]] = ts.list_construct
# CHECK: %[[YS:.*]] = ts.list_construct(%arg0)
# CHECK: ts.aten.extend.t %[[XS]], %[[YS]]
# CHECK-NOT: ts.aten.add.t
# CHECK: ts.aten.len.t %[[XS]]
def f(n: int) -> int:
    xs: List[int] = [1]
    alias = xs
    xs += [n]
    return len(alias)
