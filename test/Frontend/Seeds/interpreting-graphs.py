# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s
#
# "Interpreting Graphs" (jit.rst and the language reference): the loop with
# a branch whose graph the documentation prints. PyTorch 1.13 prints:
#   %rv.1 : Tensor = aten::zeros(%4, %5, %5, %5, %5)
#   %rv : Tensor = prim::Loop(%len.1, %13, %rv.1)
#     block0(%i.1 : int, %rv.29 : Tensor):
#       %17 : bool = aten::lt(%i.1, %16)
#       %rv.27 : Tensor = prim::If(%17)
#         block0(): %rv.5 : Tensor = aten::sub(%rv.29, %20, %21) -> (%rv.5)
#         block1(): %rv.11 : Tensor = aten::add(%rv.29, %20, %21) -> (%rv.11)
#       -> (%13, %rv.27)
#   return (%rv)
# tsc also propagates the shape of zeros(3, 4) into the graph.

import torch


@torch.jit.script
# CHECK-LABEL: graph(%len : int):
# CHECK-NEXT: %[[V0:[0-9]+]] : int = prim::Constant[value=1]()
# CHECK-NEXT: %[[V1:[0-9]+]] : float = prim::Constant[value=1.]()
# CHECK-NEXT: %[[V2:[0-9]+]] : int = prim::Constant[value=10]()
# CHECK-NEXT: %[[V3:[0-9]+]] : bool = prim::Constant[value=1]()
# CHECK-NEXT: %[[V4:[0-9]+]] : NoneType = prim::Constant()
# CHECK-NEXT: %[[V5:[0-9]+]] : int = prim::Constant[value=3]() # {{.*}}interpreting-graphs.py:44:22
# CHECK-NEXT: %[[V6:[0-9]+]] : int = prim::Constant[value=4]() # {{.*}}interpreting-graphs.py:44:25
# CHECK-NEXT: %[[V7:[0-9]+]] : int[] = prim::ListConstruct(%[[V5]], %[[V6]]) # {{.*}}interpreting-graphs.py:44:22
# CHECK-NEXT: %rv : Float(3, 4) = aten::zeros(%[[V7]], %[[V4]], %[[V4]], %[[V4]], %[[V4]]) # {{.*}}interpreting-graphs.py:44:10
# CHECK-NEXT: %rv.1 : Float(3, 4) = prim::Loop(%len, %[[V3]], %rv) # {{.*}}interpreting-graphs.py:45:5
# CHECK-NEXT: block0(%i : int, %rv.2 : Float(3, 4)):
# CHECK-NEXT: %[[V8:[0-9]+]] : bool = aten::lt(%i, %[[V2]]) # {{.*}}interpreting-graphs.py:46:12
# CHECK-NEXT: %rv.3 : Float(3, 4) = prim::If(%[[V8]]) # {{.*}}interpreting-graphs.py:46:9
# CHECK-NEXT: block0():
# CHECK-NEXT: %rv.4 : Float(3, 4) = aten::sub(%rv.2, %[[V1]], %[[V0]]) # {{.*}}interpreting-graphs.py:47:18
# CHECK-NEXT: -> (%rv.4)
# CHECK-NEXT: block1():
# CHECK-NEXT: %rv.5 : Float(3, 4) = aten::add(%rv.2, %[[V1]], %[[V0]]) # {{.*}}interpreting-graphs.py:49:18
# CHECK-NEXT: -> (%rv.5)
# CHECK-NEXT: -> (%[[V3]], %rv.3)
# CHECK-NEXT: return (%rv.1)
def foo(len):
    # type: (int) -> torch.Tensor
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv
