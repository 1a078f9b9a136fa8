# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Optionals decided at run time: carried by a loop, chosen by a branch,
# refined by `is not None` in conditions and ternaries.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int = -3..4
# E2E: case x=3 n=-2
# E2E: case x=5 n=0
# E2E: case x=2 n=3
# E2E: case x=4 n=4
import torch
from typing import Optional


def first_over(x: torch.Tensor, limit: float) -> Optional[int]:
    for i in range(x.size(0)):
        if float(x[i]) > limit:
            return i
    return None


def f(x: torch.Tensor, n: int):
    best: Optional[torch.Tensor] = None
    scale: Optional[float] = None
    for i in range(n):
        if best is None:
            best = x * float(i)
        else:
            best = best + x
        scale = float(i) + 0.5
    found = first_over(x, 0.0)
    r = 0.0 if scale is None else scale
    out = x if best is None else best
    k = -1
    if found is not None:
        k = found
    return out, r, k, best is None
