# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# t, transpose (incl. negative dims), permute, and ops on the resulting
# non-contiguous views.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input y: f32[?,?,4]
# E2E: case x=2x3 y=2x3x4
# E2E: case x=5x3 y=1x6x4
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    return (x.t(), torch.t(x), x.transpose(0, 1), y.transpose(0, 2), y.transpose(-1, -2),
            y.permute(2, 0, 1), torch.permute(y, [1, 2, 0]), y.permute(0, 2, 1) * 2.0,
            x.t() + 1.0, y.permute(2, 1, 0).sum(0))
