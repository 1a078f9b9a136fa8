# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# List values: construction, append, concatenation, len, indexing,
# iteration, lists of tensors built in a loop and consumed by cat/stack.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input n: int = 1..5
# E2E: case x=2x3 n=1
# E2E: case x=4x3 n=4
import torch
from typing import List


def f(x: torch.Tensor, n: int):
    parts: List[torch.Tensor] = []
    sizes: List[int] = []
    for i in range(n):
        parts.append(x * float(i))
        sizes.append(i * i)
    sizes = sizes + [100]
    total = 0
    for s in sizes:
        total += s
    l: List[int] = [1, 3, 5]
    return (torch.cat(parts, 0), torch.stack(parts, 0).sum(0), len(sizes), total, sizes[-2],
            n in l, n not in l, max(l), min(sizes))
