# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# math.* functions and constants on float and int arguments.
# E2E: entry f
# E2E: input a: float = 0.1..5.0
# E2E: input n: int = 1..9
# E2E: input x: f32[?]
# E2E: case a=2.5 n=4 x=3
# E2E: case a=0.3 n=1 x=1
# E2E: case x=4
import math
import torch


def f(a: float, n: int, x: torch.Tensor):
    return (math.pi, math.e, math.sqrt(a), math.exp(a), math.log(a), math.floor(a),
            math.ceil(a), math.sin(a), math.cos(a), math.tanh(a), math.sqrt(n),
            x * math.pi, math.pi * n, math.inf > a, -math.inf < a)
