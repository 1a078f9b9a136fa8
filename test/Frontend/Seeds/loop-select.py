# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s
#
# jit.rst, "Automatic Trace Checking": the scripted loop over x.size(0).
# The documentation prints aten::select(%x, 0, 0), aten::size(%x, 0), and a
# prim::Loop carrying result with aten::select(%x, %1, %i) and aten::mul.

import torch


# CHECK-LABEL: graph(%x : Tensor):
# CHECK-NEXT: %[[V0:[0-9]+]] : bool = prim::Constant[value=1]()
# CHECK-NEXT: %[[V1:[0-9]+]] : int = prim::Constant[value=0]()
# CHECK-NEXT: %result : Tensor = aten::select(%x, %[[V1]], %[[V1]]) # {{.*}}loop-select.py:22:16
# CHECK-NEXT: %[[V2:[0-9]+]] : int = aten::size(%x, %[[V1]]) # {{.*}}loop-select.py:23:20
# CHECK-NEXT: %result.1 : Tensor = prim::Loop(%[[V2]], %[[V0]], %result) # {{.*}}loop-select.py:23:5
# CHECK-NEXT: block0(%i : int, %result.2 : Tensor):
# CHECK-NEXT: %[[V3:[0-9]+]] : Tensor = aten::select(%x, %[[V1]], %i) # {{.*}}loop-select.py:24:29
# CHECK-NEXT: %result.3 : Tensor = aten::mul(%result.2, %[[V3]]) # {{.*}}loop-select.py:24:18
# CHECK-NEXT: -> (%[[V0]], %result.3)
# CHECK-NEXT: return (%result.1)
def fn(x):
    result = x[0]
    for i in range(x.size(0)):
        result = result * x[i]
    return result
