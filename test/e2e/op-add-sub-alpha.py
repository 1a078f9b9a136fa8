# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# add/sub with alpha (int and float), as functions, methods and with scalar
# other operands.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: input y: f32[?,4]
# E2E: input a: float
# E2E: case x=2x4 y=2x4 a=0.5
# E2E: case x=6x4 y=6x4 a=-2.0
# E2E: case x=1x4 y=1x4
import torch


def f(x: torch.Tensor, y: torch.Tensor, a: float):
    return (torch.add(x, y, alpha=2), torch.sub(x, y, alpha=a),
            x.add(y, alpha=-3), x.sub(y), torch.add(x, 1.5), torch.sub(x, 2, alpha=3),
            torch.mul(x, y), x.mul(a), torch.div(x, y), x.div(2.0),
            torch.add(x, y, alpha=a), torch.rsub(x, y))
