# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# The same program as fusion-reductions.py and bench-elementwise.py,
# compiled with --no-fusion and -O0.
# E2E: entry f
# E2E: input x: f32[?,?]
# E2E: input y: f32[?,?]
# E2E: case x=3x7 y=3x7
# E2E: case x=17x33 y=17x33
# E2E: flags --no-fusion -O0
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    s = (x * 2.0 + y).sum(1, keepdim=True)
    n = (x - s / x.size(1)) * torch.sigmoid(y)
    return (n, (x * x).sum(), torch.tanh(x + y).max(0)[0], (torch.exp(x) - 1.0).mean(-1),
            torch.tanh(x * 2.0 + 1.0) * torch.sigmoid(x))
