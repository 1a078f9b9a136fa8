# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# raise Exception / ValueError inside control flow.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int
# E2E: case x=3 n=1
# E2E: case x=3 n=0 -> error: zero is not allowed
# E2E: case x=1 n=12 -> error: too many
import torch


def check(n: int) -> int:
    if n == 0:
        raise Exception("zero is not allowed")
    return n


def f(x: torch.Tensor, n: int):
    s = check(n)
    for i in range(n):
        if i > 10:
            raise ValueError("too many")
        s += i
    return x + s
