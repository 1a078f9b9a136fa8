# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# pop with an index out of range raises, as in Python.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input i: int
# E2E: case x=2 i=1
# E2E: case x=2 i=-3
# E2E: case x=2 i=4 -> error: pop index out of range
# E2E: case x=2 i=-5 -> error: pop index out of range
import torch
from typing import List


def f(x: torch.Tensor, i: int):
    xs: List[float] = [1.0, 2.0, 3.0]
    xs.append(4.0)
    v = xs.pop(i)
    return x * v, len(xs)
