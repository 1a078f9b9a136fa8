# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Augmented assignment on ints, floats and tensors: += -= *= /= %= **= (PyTorch has no //=)
# E2E: entry f
# E2E: input x: f32[?,2]
# E2E: input n: int = 1..9
# E2E: input r: float = 0.5..3.0
# E2E: case x=2x2 n=7 r=1.5
# E2E: case x=3x2 n=3 r=2.25
# E2E: case x=1x2
import torch


def f(x: torch.Tensor, n: int, r: float):
    i = n
    i += 3
    i -= 1
    i *= 2
    i = i // 3
    i %= 5
    i **= 2
    v = r
    v += 1.0
    v -= 0.25
    v *= 3.0
    v /= 2.0
    v **= 2.0
    y = x * 1.0  # a new tensor: += on tensors is in-place in PyTorch
    y += 1.0
    y -= x * 0.5
    y *= 2
    y /= 4.0
    y += x
    return i, v, y
