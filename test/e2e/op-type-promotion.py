# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Type promotion: int tensors with float tensors and scalars, int/int true
# division, bool tensors in arithmetic, float64 with float32, 0-d tensors.
# E2E: entry f
# E2E: input i: i64[?,3]
# E2E: input x: f32[?,3]
# E2E: input d: f64[3]
# E2E: input b: bool[?,3]
# E2E: input z: f64[]
# E2E: case i=2x3 x=2x3 b=2x3
# E2E: case i=4x3 x=4x3 b=4x3
import torch


def f(i: torch.Tensor, x: torch.Tensor, d: torch.Tensor, b: torch.Tensor, z: torch.Tensor):
    return (i + x, i * 2, i * 2.5, i / 2, i / i.abs().clamp(min=1), x + d,
            i + d, b + i, b * x, x * z, i + z, i - 3, i * i + 1)
