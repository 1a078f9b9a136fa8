# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Out-of-range list index is a run-time error.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input i: int
# E2E: case x=2 i=1
# E2E: case x=2 i=-3
# E2E: case x=2 i=3 -> error: (?i)out of range
import torch
from typing import List


def f(x: torch.Tensor, i: int):
    l: List[float] = [1.0, 2.0, 3.0]
    return x * l[i]
