# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Indexing lists and tuples: l[i], l[-1], t[0], t[-1], t[1:], and nested.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input y: f32[?]
# E2E: input i: int = 0..2
# E2E: case x=3 y=3 i=0
# E2E: case x=2 y=2 i=2
# E2E: case x=5 y=5 i=1
import torch
from typing import List


def f(x: torch.Tensor, y: torch.Tensor, i: int):
    l: List[int] = [10, 20, 30]
    ts: List[torch.Tensor] = [x, y, x + y]
    t = (x, 5, 2.5, y)
    rest = t[1:]
    return l[i], l[-1], ts[i], ts[-2], t[0], t[-1], rest[0], rest[1], t[1:3][0]
