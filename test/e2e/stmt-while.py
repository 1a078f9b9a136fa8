# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# while loops: counter, tensor-carried state, data-dependent exit.
# E2E: entry f
# E2E: input x: f32[?] = pos
# E2E: input n: int = 0..6
# E2E: case x=5 n=0
# E2E: case x=3 n=4
# E2E: case x=8 n=6
import torch


def f(x: torch.Tensor, n: int):
    i = 0
    acc = torch.zeros_like(x)
    while i < n:
        acc = acc + x * i
        i += 1
    steps = 0
    y = x
    while y.max() < 100.0:
        y = y * 3.0
        steps = steps + 1
    return acc, y, steps, i
