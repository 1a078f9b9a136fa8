# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Incompatible dynamic sizes in a broadcast and in mm are run-time errors.
# E2E: entry f
# E2E: input x: f32[?,?]
# E2E: input y: f32[?,?]
# E2E: case x=3x4 y=3x4
# E2E: case x=3x4 y=5x4 -> error: (?i)size|shape|broadcast
# E2E: case x=2x3 y=2x2 -> error: (?i)size|shape|broadcast
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    return x + y
