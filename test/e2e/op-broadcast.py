# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Broadcasting between tensors of different ranks and size-1 dimensions.
# E2E: entry f
# E2E: input a: f32[?,1,4]
# E2E: input b: f32[3,1]
# E2E: input c: f32[4]
# E2E: input d: f32[]
# E2E: case a=2x1x4
# E2E: case a=5x1x4
# E2E: case a=1x1x4
import torch


def f(a: torch.Tensor, b: torch.Tensor, c: torch.Tensor, d: torch.Tensor):
    return a + b, b * c, a - c, a / (d + 10.0), (a * b + c) * d, b.t() - c[:3]
