# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# for over a tensor iterates along dimension 0.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: case x=1x4
# E2E: case x=3x4
# E2E: case x=6x4
import torch


def f(x: torch.Tensor):
    acc = torch.zeros(4)
    count = 0
    for row in x:
        acc = acc + row * row
        count += 1
    return acc, count
