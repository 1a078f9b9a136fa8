# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# jit.rst, "Interpreting Graphs": the same function as its .code prints it
# (torch.zeros with every keyword, torch.lt on ints, torch.sub/add with alpha).
# E2E: entry foo
# E2E: input len: int
# E2E: case len=0
# E2E: case len=9
# E2E: case len=13
import torch
from torch import Tensor


def foo(len: int) -> Tensor:
    rv = torch.zeros([3, 4], dtype=None, layout=None, device=None, pin_memory=None)
    rv0 = rv
    for i in range(len):
        if torch.lt(i, 10):
            rv1 = torch.sub(rv0, 1., 1)
        else:
            rv1 = torch.add(rv0, 1., 1)
        rv0 = rv1
    return rv0
