# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# squeeze() of every size-1 dimension needs the sizes: static shapes here.
# E2E: entry f
# E2E: input x: f32[2,1,3,1]
# E2E: input y: f32[1,1]
# E2E: case
import torch


def f(x: torch.Tensor, y: torch.Tensor):
    return x.squeeze(), torch.squeeze(x), y.squeeze(), x.squeeze().unsqueeze(1)
