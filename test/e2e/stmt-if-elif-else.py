# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# if / elif / else on int conditions, with values defined on all paths and
# branches that return different tensors.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int = -3..3
# E2E: case x=4 n=-2
# E2E: case x=4 n=0
# E2E: case x=7 n=1
# E2E: case x=1 n=2
# E2E: case x=3 n=3
import torch


def f(x: torch.Tensor, n: int):
    if n < 0:
        r = x - 1.0
        k = -1
    elif n == 0:
        r = x * 0.0
        k = 0
    elif n == 1:
        r = x + 1.0
        k = 1
    else:
        if n > 2:
            r = x * x
        else:
            r = -x
        k = 2
    if k != 0:
        pass
    else:
        r = r + 10.0
    return r, k
