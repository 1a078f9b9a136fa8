# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Language reference, "Disable JIT for Debugging": scripted_fn doubles x
# twelve times; fn negates and calls it (without the pdb line), on the
# documentation's shapes (4, 5) and (3, 4).
# E2E: entry fn
# E2E: input x: f32[?,?]
# E2E: case x=4x5
# E2E: case x=3x4
import torch


@torch.jit.script
def scripted_fn(x : torch.Tensor):
    for i in range(12):
        x = x + x
    return x


def fn(x):
    x = torch.neg(x)
    return scripted_fn(x)
