# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Tensors with int and float scalars on either side: + - * / ** // %.
# E2E: entry f
# E2E: input x: f32[?,3] = pos
# E2E: input n: int = 1..4
# E2E: input s: float = -2.0..2.0
# E2E: case x=2x3 n=2 s=0.5
# E2E: case x=4x3 n=3 s=-1.25
# E2E: case x=1x3
import torch


def f(x: torch.Tensor, n: int, s: float):
    return (x + n, n + x, x - s, s - x, x * s, 2 * x, x / n, 3.0 / x,
            x ** 2, x ** s, 2.0 ** x, x // 0.5, x % 0.75, -x + n * s)
