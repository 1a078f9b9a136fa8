# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# bmm with dynamic batch and sizes, and a batched product of transposes.
# E2E: entry f
# E2E: input a: f32[?,?,?]
# E2E: input b: f32[?,?,?]
# E2E: case a=2x3x4 b=2x4x5
# E2E: case a=1x1x8 b=1x8x1
# E2E: case a=5x6x3 b=5x3x7
import torch


def f(a: torch.Tensor, b: torch.Tensor):
    return torch.bmm(a, b), a.bmm(b), torch.bmm(b.transpose(1, 2), a.transpose(1, 2))
