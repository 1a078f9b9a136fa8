# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Assignment forms: chained, tuple unpacking, starred unpacking, swaps,
# annotated assignment.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input y: f32[?,3]
# E2E: input n: int
# E2E: case x=2x3 y=2x3 n=2
# E2E: case x=5x3 y=5x3 n=-4
import torch
from typing import Tuple


def pair(x: torch.Tensor, n: int) -> Tuple[torch.Tensor, int]:
    return x * n, n + 1


def f(x: torch.Tensor, y: torch.Tensor, n: int):
    a = b = x + 1.0
    c, d = y, x
    c, d = d, c
    e, m = pair(y, n)
    p, *rest = (n, n * 2, n * 3)
    k: int = p + rest[0] + rest[1]
    t = (a, b, c)
    u, v, w = t
    return u + v - w * d, e, m, k
