# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Literals: ints (decimal, hex, negative), floats (exponent), bools,
# strings in asserts, and constant expressions. (None: expr-optional.py)
# E2E: entry f
# E2E: input x: f32[?]
# E2E: case x=3
# E2E: case x=0
import torch


def f(x: torch.Tensor):
    a = 42
    b = 0x1F
    c = -7
    d = 1.5e-3
    e = 2.
    t = True
    u = False
    assert t, "always true"
    if t:
        a = a + 1
    return x * d + e, a + b + c, t and not u, 1e3, 3 // 2, 2 ** 10
