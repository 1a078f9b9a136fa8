# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# for over range(stop), range(start, stop), range(start, stop, step) with
# positive and negative steps and empty ranges.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input a: int = -3..3
# E2E: input b: int = 0..8
# E2E: case x=3 a=0 b=5
# E2E: case x=2 a=2 b=1
# E2E: case x=6 a=-3 b=8
# E2E: case x=1
import torch


def f(x: torch.Tensor, a: int, b: int):
    s1 = 0
    for i in range(b):
        s1 += i
    s2 = 0
    for i in range(a, b):
        s2 = s2 * 2 + i
    s3 = 0
    for i in range(a, b, 3):
        s3 += i * i
    s4 = 0
    for i in range(b, a, -2):
        s4 = s4 * 3 + i
    y = x
    for i in range(1, 4):
        y = y + x * float(i)
    return s1, s2, s3, s4, y
