# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# .item() of 0-d tensors, and its conversions.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: case x=3
# E2E: case x=6
import torch


def f(x: torch.Tensor):
    s = x.sum()
    return s.item(), float(x.max().item()), int(x.numel() + s.item() > 0)
