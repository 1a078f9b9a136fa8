# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# A layer norm written out (mean, variance, rsqrt, affine) over the last
# dimension of a 3-d input with dynamic batch and sequence sizes.
# E2E: entry layer_norm
# E2E: input x: f32[?,?,16]
# E2E: input g: f32[16]
# E2E: input b: f32[16]
# E2E: case x=2x3x16
# E2E: case x=1x1x16
# E2E: case x=4x7x16
import torch


def norm(x: torch.Tensor, eps: float = 1e-5):
    mu = x.mean(-1, keepdim=True)
    d = x - mu
    var = (d * d).mean(-1, keepdim=True)
    return d * torch.rsqrt(var + eps)


def layer_norm(x: torch.Tensor, g: torch.Tensor, b: torch.Tensor):
    return norm(x) * g + b
