# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Multi-dimensional indexing: t[0, 1:2], t[-1, 1:, 0], t[i:j, i], t[:, i],
# None (new axes), Ellipsis, mixed.
# E2E: entry f
# E2E: input x: f32[?,4,3]
# E2E: input i: int = 0..1
# E2E: input j: int = 2..3
# E2E: case x=4x4x3 i=1 j=3
# E2E: case x=3x4x3 i=0 j=2
# E2E: case x=5x4x3
import torch


def f(x: torch.Tensor, i: int, j: int):
    return (x[0, 1:2], x[-1, 1:, 0], x[i:j, i], x[:, i], x[None], x[:, None, 1],
            x[..., 0], x[1, ...], x[..., 1:, None], x[i, j, -1], x[:, :, ::2],
            x[-2:, 1:3, 1:2], x[0][1][2])
