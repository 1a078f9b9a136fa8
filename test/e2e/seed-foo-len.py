# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# jit.rst / language reference, "Interpreting Graphs": the loop with a
# branch on i < 10 over torch.zeros(3, 4).
# E2E: entry foo
# E2E: input len: int
# E2E: case len=0
# E2E: case len=3
# E2E: case len=10
# E2E: case len=14
import torch


@torch.jit.script
def foo(len):
    # type: (int) -> torch.Tensor
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv
