# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Tensor indexing with one index or slice: t[0], t[-1], t[i], t[1:],
# t[:-1], t[a:b], t[::2], t[1:4:2], negative/out-of-range slice bounds.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: input i: int = 0..2
# E2E: case x=3x4 i=1
# E2E: case x=6x4 i=2
# E2E: case x=5x4 i=0
import torch


def f(x: torch.Tensor, i: int):
    return (x[0], x[-1], x[i], x[-i - 1], x[1:], x[:-1], x[i:i + 2], x[::2], x[1:4:2],
            x[-2:], x[1:100], x[-100:1], x[i:], x[:i])
