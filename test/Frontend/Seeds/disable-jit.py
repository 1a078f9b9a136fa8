# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s
#
# jit.rst, "Disable JIT for Debugging": scripted_fn doubles x twelve times.

import torch


# CHECK-LABEL: graph(%x : Tensor):
# CHECK-NEXT: %[[V0:[0-9]+]] : int = prim::Constant[value=1]()
# CHECK-NEXT: %[[V1:[0-9]+]] : int = prim::Constant[value=12]() # {{.*}}disable-jit.py:18:20
# CHECK-NEXT: %[[V2:[0-9]+]] : bool = prim::Constant[value=1]()
# CHECK-NEXT: %x.1 : Tensor = prim::Loop(%[[V1]], %[[V2]], %x) # {{.*}}disable-jit.py:18:5
# CHECK-NEXT: block0(%i : int, %x.2 : Tensor):
# CHECK-NEXT: %x.3 : Tensor = aten::add(%x.2, %x.2, %[[V0]]) # {{.*}}disable-jit.py:19:13
# CHECK-NEXT: -> (%[[V2]], %x.3)
# CHECK-NEXT: return (%x.1)
def scripted_fn(x: torch.Tensor):
    for i in range(12):
        x = x + x
    return x
