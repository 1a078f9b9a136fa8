# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# int(), float(), bool() on scalars and 0-d tensors, isinstance,
# min/max/abs builtins. (len of lists: expr-lists.py; .item():
# expr-item.py)
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int = -3..5
# E2E: input v: float = -2.5..2.5
# E2E: case x=3 n=2 v=1.7
# E2E: case x=5 n=0 v=-2.3
# E2E: case x=2 n=-3 v=0.0
# E2E: case x=7
import torch


def f(x: torch.Tensor, n: int, v: float):
    s = x.sum()
    return (int(v), float(n), bool(n), bool(v), int(s > 0), float(s),
            bool(s > 0), int(x.numel()), int(True),
            isinstance(x, torch.Tensor), max(n, 2), min(v, 0.5), abs(v))
