# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# softmax and log_softmax along each dim, negative dims, F. and method
# forms, large magnitudes (stability).
# E2E: entry f
# E2E: input x: f32[?,?]
# E2E: input y: f32[2,?,5]
# E2E: case x=3x4 y=2x3x5
# E2E: case x=1x9 y=2x1x5
# E2E: case x=8x1 y=2x6x5
import torch
import torch.nn.functional as F


def f(x: torch.Tensor, y: torch.Tensor):
    return (torch.softmax(x, 1), F.softmax(x, dim=0), x.softmax(-1), F.log_softmax(x, -1),
            torch.log_softmax(x, 0), F.softmax(y, 1), y.log_softmax(-1), F.softmax(x * 100.0, -1),
            F.log_softmax(x * 100.0, 1))
