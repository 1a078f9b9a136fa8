# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# squeeze (one dim; a non-1 dim is a no-op; squeeze() of all size-1 dims
# on static shapes in op-squeeze-all.py), unsqueeze at positive and
# negative positions.
# E2E: entry f
# E2E: input x: f32[?,1,3,1]
# E2E: case x=2x1x3x1
# E2E: case x=4x1x3x1
import torch


def f(x: torch.Tensor):
    return (x.squeeze(1), torch.squeeze(x, -1), x.squeeze(2), x.unsqueeze(0),
            torch.unsqueeze(x, -1), x.squeeze(1).unsqueeze(2), x.squeeze(3).unsqueeze(-2))
