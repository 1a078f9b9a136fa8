# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s
#
# Language reference, "Types": a type comment declares an int and a tuple
# of tensors; the tuple is unpacked. PyTorch 1.13 prints:
#   %t0.1 : Tensor, %t1.1 : Tensor = prim::TupleUnpack(%tup.1)
#   %7 : Tensor = aten::add(%t0.1, %t1.1, %6)
#   %9 : Tensor = aten::add(%7, %x.1, %6)

import torch
from typing import Tuple


@torch.jit.script
# CHECK-LABEL: graph(%x : int,
# CHECK-NEXT: %tup : (Tensor, Tensor)):
# CHECK-NEXT: %[[V0:[0-9]+]] : int = prim::Constant[value=1]()
# CHECK-NEXT: %t0 : Tensor, %t1 : Tensor = prim::TupleUnpack(%tup) # {{.*}}tuple-type-comment.py:23:5
# CHECK-NEXT: %[[V1:[0-9]+]] : Tensor = aten::add(%t0, %t1, %[[V0]]) # {{.*}}tuple-type-comment.py:24:12
# CHECK-NEXT: %[[V2:[0-9]+]] : Tensor = aten::add(%[[V1]], %x, %[[V0]]) # {{.*}}tuple-type-comment.py:24:12
# CHECK-NEXT: return (%[[V2]])
def foo(x, tup):
    # type: (int, Tuple[Tensor, Tensor]) -> Tensor
    t0, t1 = tup
    return t0 + t1 + x
