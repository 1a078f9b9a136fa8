# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# size() and shape as lists: indexing, len, iteration.
# E2E: entry f
# E2E: input x: f32[?,?,3]
# E2E: case x=2x5x3
# E2E: case x=1x1x3
import torch


def f(x: torch.Tensor):
    s = x.size()
    sh = x.shape
    total = 1
    for d in s:
        total *= d
    return s[1], sh[0], sh[-1], len(s), total
