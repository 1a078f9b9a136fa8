# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s --check-prefix=INLINED
# RUN: tsc %s --emit=mlir --emit-stage=frontend | FileCheck %s --check-prefix=FRONTEND
#
# Language reference, "Calls to other script functions": bar calls foo. The
# frontend emits a call; the graph (after inlining) has foo's body in bar,
# as torch.jit.script(bar).graph shows it in PyTorch 1.13:
#   %3 : Tensor = aten::add(%x.1, %2, %2)

import torch


@torch.jit.script
def foo(x):
    return x + 1


@torch.jit.script
def bar(x):
    return foo(x)

# FRONTEND-LABEL: func.func @foo(%arg0: !ts.tensor) -> !ts.tensor
# FRONTEND: ts.aten.add.Scalar %arg0
# FRONTEND-LABEL: func.func @bar(%arg0: !ts.tensor) -> !ts.tensor
# FRONTEND: %[[R:.*]] = call @foo(%arg0) : (!ts.tensor) -> !ts.tensor
# FRONTEND: return %[[R]]

# INLINED-LABEL: # bar
# INLINED-NEXT: graph(%x : Tensor):
# INLINED-NEXT: %[[ONE:.*]] : int = prim::Constant[value=1]()
# INLINED-NEXT: %[[R:.*]] : Tensor = aten::add(%x, %[[ONE]], %[[ONE]])
# INLINED-NEXT: return (%[[R]])
