# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# pass, docstrings, with torch.no_grad(), assert that holds, nested
# function calls in statements. (print: stmt-print.py)
# E2E: entry f
# E2E: input x: f32[?,2]
# E2E: case x=2x2
# E2E: case x=3x2
import torch


def helper(x: torch.Tensor) -> torch.Tensor:
    """A docstring."""
    pass
    return x * 2.0


def f(x: torch.Tensor):
    """Computes something."""
    with torch.no_grad():
        y = helper(x) + 1.0
    if x.size(0) > 100:
        pass
    else:
        y = y - 0.5
    assert y.size(1) == 2, "two columns"
    return y
