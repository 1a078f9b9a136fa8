# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Float arithmetic, mixed int/float operands (int / float: expr-mixed-div.py), floor division and modulo on
# floats, powers, comparisons between int and float.
# E2E: entry f
# E2E: input a: float = -4.0..4.0
# E2E: input b: float = 0.5..3.0
# E2E: input n: int = -3..3
# E2E: case a=2.5 b=0.75 n=2
# E2E: case a=-3.25 b=1.5 n=-3
# E2E: case
# E2E: case
import torch


def f(a: float, b: float, n: int):
    return (a + b, a - b, a * b, a / b, a // b, a % b, b ** 2.5, b ** n,
            a + n, n * b, -a, a < n, n <= b, float(n) == 2.0,
            abs(a), min(a, b), max(a, float(n)))
