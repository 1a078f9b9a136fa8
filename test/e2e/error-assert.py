# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# assert with and without a message fails at run time when its condition
# is false.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int
# E2E: case x=3 n=2
# E2E: case x=3 n=-1 -> error: n must be positive
# E2E: case x=2 n=7 -> error: (?i)assert
import torch


def f(x: torch.Tensor, n: int):
    assert n > 0, "n must be positive"
    assert n < 5
    return x * n
