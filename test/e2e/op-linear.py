# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# F.linear and torch.nn.functional.linear with and without bias (bias as
# keyword and Optional None), on 1-d, 2-d and 3-d inputs.
# E2E: entry f
# E2E: input x: f32[?,8]
# E2E: input x3: f32[?,?,8]
# E2E: input w: f32[5,8]
# E2E: input b: f32[5]
# E2E: case x=3x8 x3=2x4x8
# E2E: case x=1x8 x3=3x1x8
import torch
import torch.nn.functional as F
from typing import Optional


def f(x: torch.Tensor, x3: torch.Tensor, w: torch.Tensor, b: torch.Tensor):
    nob: Optional[torch.Tensor] = None
    return (F.linear(x, w, b), F.linear(x, w), torch.nn.functional.linear(x3, w, bias=b),
            F.linear(x[0], w, b), F.linear(x, w, nob), torch.relu(F.linear(x3, w, b)))
