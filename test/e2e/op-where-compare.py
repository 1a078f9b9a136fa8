# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Comparisons of tensors with tensors and scalars (bool results), where,
# logical ops on bool tensors.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: input y: f32[?,4]
# E2E: input i: i64[?,4]
# E2E: case x=2x4 y=2x4 i=2x4
# E2E: case x=5x4 y=5x4 i=5x4
import torch


def f(x: torch.Tensor, y: torch.Tensor, i: torch.Tensor):
    gt = x > y
    return (gt, x < y, x >= 0.0, x <= y, i == 2, i != 0, torch.eq(x, x), torch.ne(i, 1),
            torch.where(gt, x, y), torch.where(x > 0.5, x, torch.zeros_like(x)),
            torch.logical_or(gt, i < 0), ~gt, torch.bitwise_not(i), torch.where(i > 0, i, -i),
            torch.logical_and(gt, x > 0), torch.logical_not(gt))
