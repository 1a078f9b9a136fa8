# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# reshape / view with -1 and dynamic sizes, flatten with start/end dims.
# E2E: entry f
# E2E: input x: f32[?,4,6]
# E2E: case x=2x4x6
# E2E: case x=1x4x6
# E2E: case x=5x4x6
import torch


def f(x: torch.Tensor):
    n = x.size(0)
    return (x.reshape(-1), x.reshape(n, -1), x.view(n * 4, 6), x.view(-1, 2, 3),
            torch.reshape(x, [n, 24]), x.flatten(), torch.flatten(x, 1), x.flatten(0, 1),
            x.flatten(-2, -1), x.reshape(n, 2, 2, 6).sum(2), x.view([n, 4, 3, 2]))
