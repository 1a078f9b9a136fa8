# RUN: tsc %s --emit=graph | FileCheck %s
# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s --check-prefix=NOFUSE
# The benchmark's elementwise chain prints as one prim::FusionGroup subgraph,
# as PyTorch's fusers show it.
import torch


def f(x):
    return torch.tanh(x * 2.0 + 1.0) * torch.sigmoid(x)

# CHECK-LABEL: graph(%x : Tensor):
# CHECK-NEXT: %[[G:[0-9]+]] : Tensor = prim::FusionGroup_0(%x)
# CHECK-NEXT: return (%[[G]])
# CHECK-NEXT: with prim::FusionGroup_0 = graph(%x : Tensor):
# CHECK: = aten::mul(%x,
# CHECK: = aten::add(
# CHECK: = aten::tanh(
# CHECK: = aten::sigmoid(%x)
# CHECK: %[[R:[0-9]+]] : Tensor = aten::mul(
# CHECK-NEXT: return (%[[R]])

# NOFUSE-NOT: FusionGroup
# NOFUSE: aten::tanh
# NOFUSE: aten::sigmoid
