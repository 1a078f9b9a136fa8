# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# expand (with -1 and new leading dims), expand_as, contiguous, clone.
# E2E: entry f
# E2E: input x: f32[?,1]
# E2E: input y: f32[?,4]
# E2E: case x=3x1 y=3x4
# E2E: case x=1x1 y=1x4
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    n = x.size(0)
    return (x.expand(n, 4), x.expand(-1, 6), x.expand(2, n, 3), x.expand_as(y) + y,
            x.expand(n, 4).contiguous(), y.contiguous(), torch.clone(y), x.expand(-1, 4) * y)
