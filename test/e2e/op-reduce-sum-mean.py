# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# sum and mean: all elements, one dim, negative dims, several dims, keepdim,
# int tensors (sum promotes to int64), bool tensors.
# E2E: entry f
# E2E: input x: f32[?,?,4]
# E2E: input i: i64[?,3]
# E2E: case x=2x3x4 i=2x3
# E2E: case x=1x5x4 i=4x3
# E2E: case x=3x1x4 i=1x3
import torch


def f(x: torch.Tensor, i: torch.Tensor):
    return (x.sum(), torch.sum(x, 0), x.sum(1, keepdim=True), x.sum(-1), x.sum([0, 2]),
            torch.sum(x, dim=[1, 2], keepdim=True), x.mean(), torch.mean(x, 1),
            x.mean(-1, keepdim=True), x.mean([0, 1]), i.sum(), i.sum(1), (i > 0).sum(),
            torch.prod(x[0, 0]))
