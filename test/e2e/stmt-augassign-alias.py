# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Augmented assignment on a tensor is in place in PyTorch (aten::add_ and
# friends): after `y = x`, `y += 1.0` changes x too. tsc rebinds the name
# instead (docs/language.md), which gives different results here.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: case x=3
# E2E: case x=5
import torch


def f(x: torch.Tensor):
    y = x
    y += 1.0
    y -= x
    z = x * 2.0
    w = z
    w *= 3.0
    return y, x, z
