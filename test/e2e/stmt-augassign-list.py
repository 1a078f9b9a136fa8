# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# `xs += ys` on a list extends it in place: another name bound to the same
# list sees the new elements, as in TorchScript.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int = 0..4
# E2E: case x=3 n=0
# E2E: case x=2 n=3
import torch
from typing import List


def f(x: torch.Tensor, n: int):
    xs: List[int] = [1, 2]
    ys = xs
    xs += [n]
    for i in range(n):
        ys += [i, i]
    return x * float(len(ys)), xs[-1], len(xs)
