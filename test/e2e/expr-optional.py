# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Optional values: defaults of None, `is None` / `is not None`
# refinement, Optional results of a helper.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input b: f32[3]
# E2E: input n: int = -2..2
# E2E: case x=2x3 n=1
# E2E: case x=4x3 n=-1
# E2E: case x=1x3 n=0
import torch
from typing import Optional


def affine(x: torch.Tensor, bias: Optional[torch.Tensor] = None, scale: Optional[float] = None):
    y = x
    if scale is not None:
        y = y * scale
    if bias is None:
        return y
    return y + bias


def maybe(n: int) -> Optional[int]:
    if n > 0:
        return n * 10
    return None


def f(x: torch.Tensor, b: torch.Tensor, n: int):
    m = maybe(n)
    k = 0
    if m is not None:
        k = m + 1
    o: Optional[torch.Tensor] = None
    if n < 0:
        o = b
    return affine(x), affine(x, b), affine(x, scale=2.0), affine(x, o, 0.5), k
