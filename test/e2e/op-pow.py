# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# pow: tensor ** tensor, tensor ** scalar (int, float, negative), scalar **
# tensor, torch.pow and the method.
# E2E: entry f
# E2E: input x: f32[?,3] = pos
# E2E: input y: f32[?,3] = -2.0..2.0
# E2E: input p: float = 0.5..2.5
# E2E: case x=2x3 y=2x3 p=1.5
# E2E: case x=4x3 y=4x3
import torch


def f(x: torch.Tensor, y: torch.Tensor, p: float):
    return (torch.pow(x, y), x.pow(2), x ** -1, x ** 0.5, x ** p, torch.pow(2.0, y),
            y ** 3, y.pow(2.0))
