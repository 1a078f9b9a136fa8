# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# select and slice as ops (torch.select, x.select, narrow-like slices)
# with dynamic indices and bounds.
# E2E: entry f
# E2E: input x: f32[?,5]
# E2E: input i: int = 0..1
# E2E: case x=3x5 i=0
# E2E: case x=4x5 i=1
import torch


def f(x: torch.Tensor, i: int):
    return (torch.select(x, 0, i), x.select(1, -1), x.select(1, i + 2), x[:, i:i + 3],
            x[:, 1:-1], x[:, 0:5:2], x[i:, 2:])
