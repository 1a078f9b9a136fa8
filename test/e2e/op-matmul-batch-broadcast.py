# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Dynamic batch dimensions of matmul broadcast when one of them is 1 at run
# time; sizes that differ otherwise raise, as in PyTorch.
# E2E: entry f
# E2E: input a: f32[?,2,3]
# E2E: input b: f32[?,3,4]
# E2E: case a=2x2x3 b=2x3x4
# E2E: case a=1x2x3 b=3x3x4
# E2E: case a=4x2x3 b=1x3x4
# E2E: case a=2x2x3 b=3x3x4 -> error: (?i)must match|size
import torch


def f(a: torch.Tensor, b: torch.Tensor):
    return torch.matmul(a, b), a.matmul(b).sum(0)
