# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Returns in branches and inside loops (annotated return type).
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int = 0..6
# E2E: case x=4 n=0
# E2E: case x=4 n=2
# E2E: case x=2 n=5
# E2E: case x=3 n=6
import torch


def first_over(n: int, limit: int) -> int:
    for i in range(n):
        if i * i > limit:
            return i
    return -1


def g(x: torch.Tensor, n: int) -> torch.Tensor:
    if n == 0:
        return x
    y = x * float(n)
    if n > 4:
        return y + 1.0
    return y - 1.0


def f(x: torch.Tensor, n: int):
    return g(x, n), first_over(n, 5), first_over(n * 2, 3)
