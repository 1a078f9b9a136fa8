# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# max/min: all elements, along a dim (values and indices), keepdim,
# binary max/min, amax/amin, int tensors.
# E2E: entry f
# E2E: input x: f32[?,5]
# E2E: input i: i64[?,5]
# E2E: case x=3x5 i=2x5
# E2E: case x=1x5 i=6x5
# E2E: case x=8x5 i=1x5
import torch


def f(x: torch.Tensor, i: torch.Tensor):
    v, k = x.max(1)
    v2, k2 = torch.min(x, dim=0, keepdim=True)
    return (x.max(), torch.min(x), v, k, v2, k2, torch.max(x, x * 0.5), torch.amax(x, 1),
            torch.amin(x, [0, 1]), x.amax(0, keepdim=True), i.max(), i.min(1)[0])
