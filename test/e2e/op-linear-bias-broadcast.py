# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# The bias of linear with a dynamic size: the output's, or 1 (broadcast);
# anything else raises, as in PyTorch.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input w: f32[4,3]
# E2E: input b: f32[?]
# E2E: case x=2x3 b=4
# E2E: case x=5x3 b=1
# E2E: case x=2x3 b=3 -> error: (?i)size|shape|bias
import torch
import torch.nn.functional as F


def f(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor):
    return F.linear(x, w, b), F.linear(x[0], w, b)
