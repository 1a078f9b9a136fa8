# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# mm with dynamic M, K and N, the @ operator on matrices, and mm of a
# transposed operand.
# E2E: entry f
# E2E: input a: f32[?,?]
# E2E: input b: f32[?,?]
# E2E: case a=2x3 b=3x4
# E2E: case a=7x5 b=5x1
# E2E: case a=1x16 b=16x9
# E2E: case a=33x20 b=20x17
import torch


def f(a: torch.Tensor, b: torch.Tensor):
    return torch.mm(a, b), a @ b, b.t().mm(a.t()), torch.mm(a, b) * 2.0 + 1.0
