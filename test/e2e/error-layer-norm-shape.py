# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# layer_norm's normalized_shape must be the input's last sizes: a run-time
# error, as in PyTorch.
# E2E: entry f
# E2E: input x: f32[?,?]
# E2E: case x=3x4
# E2E: case x=3x5 -> error: normalized_shape=\[4\], expected input with shape \[\*, 4\]
import torch
import torch.nn.functional as F


def f(x: torch.Tensor):
    return F.layer_norm(x, [4])
