# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Broadcasting a dynamic size-1 dimension, as PyTorch does.
# E2E: entry f
# E2E: input x: f32[?,4]
# E2E: input y: f32[?,4]
# E2E: case x=3x4 y=3x4
# E2E: case x=3x4 y=1x4
# E2E: case x=1x4 y=5x4
# E2E: case x=1x4 y=1x4
# E2E: case x=0x4 y=1x4
# E2E: case x=3x4 y=2x4 -> error: (?i)size
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    # A chain over one input keeps its sizes (no broadcast needed there).
    z = torch.tanh(x * 2.0) + x
    return x + y, x * y, z - y.sum(0), torch.where(x > 0, y, x)
