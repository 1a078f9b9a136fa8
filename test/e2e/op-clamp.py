# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# clamp with min and max, only one of them, keyword forms, on float and int
# tensors; maximum/minimum.
# E2E: entry f
# E2E: input x: f32[?,4] = -3.0..3.0
# E2E: input y: f32[?,4] = -3.0..3.0
# E2E: input i: i64[?]
# E2E: case x=3x4 y=3x4 i=5
# E2E: case x=1x4 y=1x4 i=2
import torch


def f(x: torch.Tensor, y: torch.Tensor, i: torch.Tensor):
    return (torch.clamp(x, -1.0, 1.0), x.clamp(min=0.5), x.clamp(max=-0.5),
            torch.clamp(x, min=-2, max=2), i.clamp(-2, 3), i.clamp(min=0),
            torch.maximum(x, y), torch.minimum(x, y))
