# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Lists built at run time: appends under if and while, aliases that see
# each other's appends, appends inside a helper, iteration over a list of
# tensors, negative indices, list(), + of two run-time lists, stack along
# an inner dim, and `in` over floats.
# E2E: entry f
# E2E: input x: f32[?,2]
# E2E: input n: int = 0..6
# E2E: case x=3x2 n=0
# E2E: case x=1x2 n=1
# E2E: case x=4x2 n=5
# E2E: case x=2x2 n=6
import torch
from typing import List


def push_twice(xs: List[int], v: int):
    xs.append(v)
    xs.append(v + 1)


def f(x: torch.Tensor, n: int):
    evens: List[int] = []
    odds: List[int] = []
    alias = odds
    ts: List[torch.Tensor] = [x]
    i = 0
    while i < n:
        if i % 2 == 0:
            evens.append(i)
            ts.append(x * float(i))
        else:
            alias.append(i * 10)
        i += 1
    push_twice(evens, 100)
    both = list(evens) + odds
    total = torch.zeros_like(x)
    for t in ts:
        total = total + t
    fs: List[float] = []
    for k in range(n):
        fs.append(float(k) / 2.0)
    return (torch.stack(ts, 1), torch.cat(ts, 1), total, ts[-1], len(both), both[-1],
            len(odds), 1.5 in fs, 0.25 in fs, min(both), max(both))
