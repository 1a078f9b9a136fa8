# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Out-of-range tensor and list indices are run-time errors.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input i: int
# E2E: case x=4x3 i=3
# E2E: case x=4x3 i=-4
# E2E: case x=4x3 i=4 -> error: (?i)index.*out of (range|bounds)|out of (range|bounds)
# E2E: case x=2x3 i=-3 -> error: (?i)index.*out of (range|bounds)|out of (range|bounds)
import torch


def f(x: torch.Tensor, i: int):
    return x[i]
