# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Branches on tensor values (aten::Bool of a 0-d tensor), like the
# tutorial's MyDecisionGate, and a tensor-valued condition with and/not.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: input y: f32[?,4]
# E2E: case x=2x4 y=2x4
# E2E: case x=3x4 y=3x4
# E2E: case x=5x4 y=5x4
# E2E: case x=1x4 y=1x4
# E2E: seed 3
import torch


def gate(x: torch.Tensor) -> torch.Tensor:
    if x.sum() > 0:
        return x
    else:
        return -x


def f(x: torch.Tensor, y: torch.Tensor):
    z = gate(x) + gate(y)
    if bool(x.mean() > 0) and not bool(y.mean() > 0):
        z = z * 2.0
    if x[0, 0] < y[0, 0]:
        z = z - 1.0
    return z
