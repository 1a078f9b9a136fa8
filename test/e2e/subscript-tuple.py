# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Indexing tuples: t[0], t[-1], t[1:] with constant bounds, nested tuples,
# tuples returned by functions.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input y: f32[?]
# E2E: case x=3 y=3
# E2E: case x=5 y=5
import torch
from typing import Tuple


def make(x: torch.Tensor) -> Tuple[torch.Tensor, int, Tuple[float, torch.Tensor]]:
    return x * 2.0, 7, (0.5, x + 1.0)


def f(x: torch.Tensor, y: torch.Tensor):
    t = (x, 5, 2.5, y)
    rest = t[1:]
    m = make(y)
    return t[0], t[-1], rest[0], rest[1], t[1:3][0], m[0], m[1], m[2][0], m[-1][1], m[2][-1] * t[2]
