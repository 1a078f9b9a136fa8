# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# print of scalars formats them as TorchScript does (IValue's operator<<:
# integral floats as `1.`, others with 17 significant digits), one space
# between items, a newline at the end.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int
# E2E: input r: float
# E2E: input b: bool
# E2E: case x=2 n=3 r=0.1 b=true
# E2E: case x=1 n=-7 r=-2.5 b=false
# E2E: case x=3 n=0 r=1e-05 b=true
# E2E: case x=3 n=123456789012 r=1e16 b=false
# E2E: case x=3 n=-1 r=-0.0 b=false
# E2E: case x=3 n=2 r=1e300 b=true
# E2E: case x=3 n=2 r=5e-324 b=true
# E2E: case x=3 n=2 r=123456789.125 b=true
# E2E: stdout
import math

import torch


def f(x: torch.Tensor, n: int, r: float, b: bool):
    print(n, r, b, not b, n > 2, None)
    print("n * r =", n * r, "and", r / 3.0)
    print(1.0, 2.5, 0.1, 1e-05, math.inf, -math.inf, math.nan, True)
    print()
    print("")
    print("a", "", "b")
    print(r * 1e300 * 1e10, -r * 1e300 * 1e10)
    return x + n
