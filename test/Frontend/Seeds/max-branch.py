# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s
#
# jit.rst, "calling a script function in a traced function": a branch on
# tensor reductions merges r. PyTorch 1.13 prints aten::max, aten::gt,
# aten::Bool and a prim::If yielding %x.1 or %y.1.

import torch


@torch.jit.script
# CHECK-LABEL: graph(%x : Tensor,
# CHECK-NEXT: %y : Tensor):
# CHECK-NEXT: %[[V0:[0-9]+]] : Tensor() = aten::max(%x) # {{.*}}max-branch.py:24:8
# CHECK-NEXT: %[[V1:[0-9]+]] : Tensor() = aten::max(%y) # {{.*}}max-branch.py:24:18
# CHECK-NEXT: %[[V2:[0-9]+]] : Bool() = aten::gt(%[[V0]], %[[V1]]) # {{.*}}max-branch.py:24:8
# CHECK-NEXT: %[[V3:[0-9]+]] : bool = aten::Bool(%[[V2]]) # {{.*}}max-branch.py:24:8
# CHECK-NEXT: %r : Tensor = prim::If(%[[V3]]) # {{.*}}max-branch.py:24:5
# CHECK-NEXT: block0():
# CHECK-NEXT: -> (%x)
# CHECK-NEXT: block1():
# CHECK-NEXT: -> (%y)
# CHECK-NEXT: return (%r)
def foo(x, y):
    if x.max() > y.max():
        r = x
    else:
        r = y
    return r
