# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Calls between functions with keyword arguments, defaults, positional and
# mixed forms; nested calls; tuple results.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: input y: f32[?,4]
# E2E: case x=3x4 y=3x4
# E2E: case x=1x4 y=1x4
import torch
from typing import Tuple


def blend(a: torch.Tensor, b: torch.Tensor, w: float = 0.25, bias: int = 0) -> torch.Tensor:
    return a * w + b * (1.0 - w) + bias


def both(a: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    return blend(a, b), blend(b, a, w=0.75)


def f(x: torch.Tensor, y: torch.Tensor):
    p, q = both(x, y)
    return (blend(x, y), blend(x, y, 0.5), blend(x, y, bias=2), blend(b=x, a=y, w=0.1),
            blend(x, b=y, bias=-1, w=2.0), p, q, torch.sum(x, dim=1, keepdim=True),
            torch.clamp(y, max=0.5, min=-0.5))
