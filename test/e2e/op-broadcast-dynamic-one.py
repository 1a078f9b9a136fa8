# XFAIL: *
# A dynamic dimension that is 1 at run time does not broadcast in tsc
# (docs/design.md, convert-ts-to-linalg: dynamic dimensions must agree).
# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Broadcasting a dynamic size-1 dimension, as PyTorch does.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: input y: f32[?,4]
# E2E: case x=3x4 y=3x4
# E2E: case x=3x4 y=1x4
# E2E: case x=1x4 y=5x4
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    return x + y, x * y
