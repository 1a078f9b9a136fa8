# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Chained comparisons, and/or/not with short-circuit, ternary expressions,
# (in/not in on lists: expr-lists.py)
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input a: int = -2..6
# E2E: input b: int = -2..6
# E2E: case x=3 a=1 b=4
# E2E: case x=3 a=0 b=0
# E2E: case x=2 a=5 b=-2
# E2E: case x=4
# E2E: case x=4
import torch


def f(x: torch.Tensor, a: int, b: int):
    c1 = 0 <= a < b <= 5
    c2 = a < b or a == 5
    c3 = not (a > 2 and b > 2)
    c4 = not a == b
    c5 = a != b and not (a > 3 or b > 3)
    k = a if a > b else b
    y = x * 2.0 if c1 else x - 1.0
    # short-circuit: b != 0 guards the division
    c6 = b != 0 and a // b > 0
    c7 = (a == 0) or (10 % a == 0)
    return c1, c2, c3, c4, c5, k, y, c6, c7
