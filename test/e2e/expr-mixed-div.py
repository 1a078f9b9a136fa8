# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# True division of mixed int/float scalars.
# E2E: entry f
# E2E: input n: int = 1..5
# E2E: input b: float = 0.5..3.0
# E2E: case n=3 b=1.5
# E2E: case n=4 b=0.75
import torch


def f(n: int, b: float):
    return n / b, b / n, (n + 1) / 2.0
