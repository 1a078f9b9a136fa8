# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# x.dtype compared with dtype constants.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input i: i64[?]
# E2E: case x=2 i=3
import torch


def f(x: torch.Tensor, i: torch.Tensor):
    if i.dtype == torch.int64:
        y = x * 2.0
    else:
        y = x
    return x.dtype == torch.float32, i.dtype == torch.float32, y
