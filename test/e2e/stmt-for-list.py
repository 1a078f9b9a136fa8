# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# for over lists of ints, floats and tensors.
# E2E: entry f
# E2E: input x: f32[?,2]
# E2E: input y: f32[?,2]
# E2E: input n: int
# E2E: case x=3x2 y=3x2 n=2
# E2E: case x=1x2 y=1x2 n=5
import torch
from typing import List


def f(x: torch.Tensor, y: torch.Tensor, n: int):
    ints: List[int] = [1, n, 3 * n]
    total = 0
    for v in ints:
        total = total + v * v
    scale = 0.0
    for w in [0.5, 1.5, -2.0]:
        scale += w
    acc = torch.zeros_like(x)
    for t in [x, y, x * y]:
        acc = acc + t
    return acc * scale, total
