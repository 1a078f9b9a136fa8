# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# zeros/ones/full/zeros_like/ones_like/full_like with shapes from inputs and
# dtypes, arange with 1, 2 and 3 arguments (ints and floats), torch.tensor.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input n: int = 0..6
# E2E: case x=2x3 n=4
# E2E: case x=5x3 n=0
# E2E: case x=1x3 n=6
import torch


def f(x: torch.Tensor, n: int):
    return (torch.zeros(2, 3), torch.ones([n, 2]), torch.zeros(x.size(0), n),
            torch.full([2, n], 1.5), torch.full((n,), 7), torch.zeros_like(x), torch.ones_like(x),
            torch.full_like(x, 3.0), torch.zeros(3, dtype=torch.int64),
            torch.ones(2, 2, dtype=torch.float64), torch.ones(n, dtype=torch.bool),
            torch.arange(n), torch.arange(2, n + 5), torch.arange(1, 10, 3), torch.arange(0.0, 2.0, 0.5),
            torch.arange(n, dtype=torch.float32), torch.tensor(2.5), torch.tensor(n),
            torch.zeros_like(x, dtype=torch.int64))
