# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# extend, insert (with Python's index clamping) and pop (negative and
# default indices) on lists built at run time, of ints and of tensors.
# E2E: entry f
# E2E: input x: f32[?,2]
# E2E: input n: int = 0..4
# E2E: input k: int = -6..6
# E2E: case x=3x2 n=0 k=0 -> error: (?i)non-empty
# E2E: case x=1x2 n=3 k=-2
# E2E: case x=2x2 n=4 k=5
# E2E: case x=2x2 n=2 k=-9
# E2E: case x=2x2 n=1 k=1
import torch
from typing import List


def f(x: torch.Tensor, n: int, k: int):
    xs: List[int] = [1, 2]
    ts: List[torch.Tensor] = [x]
    for i in range(n):
        xs.extend([i, i * 10])
        ts.insert(k, x * float(i))
    xs.insert(k, 100)
    last = xs.pop()
    first = xs.pop(0)
    t = ts.pop(-1)
    return len(xs), last, first, xs[-1], sum_list(xs), torch.stack(ts, 0), t


def sum_list(xs: List[int]) -> int:
    s = 0
    for v in xs:
        s += v
    return s
