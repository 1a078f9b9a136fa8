# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# reshape/view to an incompatible element count is a run-time error.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: case x=3x4
# E2E: case x=5x4 -> error: (?i)shape|size|reshape|view
import torch


def f(x: torch.Tensor):
    return x.reshape(-1, 6)
