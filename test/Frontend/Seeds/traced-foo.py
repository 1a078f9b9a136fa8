# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s
#
# jit.rst, "calling a traced function in script": the function that is
# traced there, compiled as script. PyTorch 1.13 prints
#   %4 : Tensor = aten::mul(%x.1, %3)
#   %6 : Tensor = aten::add(%4, %y.1, %5)

import torch


# CHECK-LABEL: graph(%x : Tensor,
# CHECK-NEXT: %y : Tensor):
# CHECK-NEXT: %[[V0:[0-9]+]] : int = prim::Constant[value=1]() # {{.*}}traced-foo.py:19:12
# CHECK-NEXT: %[[V1:[0-9]+]] : int = prim::Constant[value=2]() # {{.*}}traced-foo.py:19:12
# CHECK-NEXT: %[[V2:[0-9]+]] : Tensor = aten::mul(%x, %[[V1]]) # {{.*}}traced-foo.py:19:12
# CHECK-NEXT: %[[V3:[0-9]+]] : Tensor = aten::add(%[[V2]], %y, %[[V0]]) # {{.*}}traced-foo.py:19:12
# CHECK-NEXT: return (%[[V3]])
def foo(x, y):
    return 2 * x + y
