# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# ../shared/bench/models.py, the Elementwise case as a function (its
# benchmark shape is 4096x4096; smaller dynamic shapes here).
# E2E: entry elementwise
# E2E: input x: f32[?,?]
# E2E: case x=64x128
# E2E: case x=1x1
# E2E: case x=3x1000
import torch


def elementwise(x: torch.Tensor) -> torch.Tensor:
    return torch.tanh(x * 2.0 + 1.0) * torch.sigmoid(x)
