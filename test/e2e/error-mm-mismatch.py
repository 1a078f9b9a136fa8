# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# mm with mismatched inner sizes is a run-time error.
# E2E: entry f
# E2E: input a: f32[?,?]
# E2E: input b: f32[?,?]
# E2E: case a=2x3 b=3x2
# E2E: case a=2x3 b=4x2 -> error: (?i)size|shape|mm
import torch


def f(a: torch.Tensor, b: torch.Tensor):
    return torch.mm(a, b)
