# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# size(d) incl. negative d, dim, numel, len of a tensor (size() and shape
# as lists: op-size-list.py), with sizes used in arithmetic and control flow.
# E2E: entry f
# E2E: input x: f32[?,?,3]
# E2E: case x=2x5x3
# E2E: case x=1x1x3
# E2E: case x=4x0x3
import torch


def f(x: torch.Tensor):
    total = 1
    for d in range(x.dim()):
        total *= x.size(d)
    return (x.size(0), x.size(1), x.size(-1), x.dim(), x.numel(), total, len(x),
            x.size(0) * x.size(1) == x.numel() // 3, torch.numel(x))
