# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# tanh, sigmoid, relu, gelu, silu as torch.X, F.X and methods.
# E2E: entry f
# E2E: input x: f32[?,8] = -6.0..6.0
# E2E: case x=3x8
# E2E: case x=16x8
import torch
import torch.nn.functional as F


def f(x: torch.Tensor):
    return (torch.tanh(x), x.tanh(), torch.sigmoid(x), x.sigmoid(), torch.relu(x),
            F.relu(x), x.relu(), F.gelu(x), F.silu(x), torch.tanh(x * 10.0),
            torch.sigmoid(x * 20.0))
