# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# for over a tuple (unrolled), also of mixed element types.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input y: f32[1,3]
# E2E: case x=2x3
# E2E: case x=4x3
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    acc = x
    for t in (y, x, y * 2.0):
        acc = acc * t + 1.0
    s = 0.0
    for v in (1, 2.5, 3):
        s = s + float(v)
    return acc, s
