# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Integer arithmetic with Python semantics: floor division and modulo of
# negative operands, true division to float, powers, unary minus, bitwise.
# E2E: entry f
# E2E: input a: int = -9..9
# E2E: input b: int = 1..4
# E2E: case a=7 b=2
# E2E: case a=-7 b=2
# E2E: case a=-9 b=4
# E2E: case a=0 b=3
# E2E: case
# E2E: case
import torch


def f(a: int, b: int):
    c = -b
    return (a + b, a - b, a * b, a / b, a // b, a % b, a // c, a % c,
            b ** 3, -a, a & 6, a | 1, a ^ b, a << 2, a >> 1, abs(a),
            min(a, b), max(a, c))
