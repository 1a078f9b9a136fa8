# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# .item() of int, float and bool tensors: the number holds an int, a float
# or a bool, and arithmetic on numbers follows TorchScript (int with int
# stays int, a float makes a float). A tensor with more or fewer than one
# element raises.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input k: i64[?]
# E2E: input m: bool[?]
# E2E: input i: int
# E2E: case x=1 k=3 m=2 i=2
# E2E: case x=1 k=1 m=1 i=-4
# E2E: case x=4 k=3 m=2 i=2 -> error: a Tensor with 4 elements cannot be converted to Scalar
# E2E: case x=0 k=0 m=2 i=2 -> error: a Tensor with 0 elements cannot be converted to Scalar
# E2E: stdout
import torch


def f(x: torch.Tensor, k: torch.Tensor, m: torch.Tensor, i: int):
    a = x.item()
    n = k.sum().item()
    b = m[0].item()
    c = k[0].item() if k.size(0) == 1 else n
    print(a, n, b, n + i, n * 2.5, -n, -a, n - a, a < n, n == i)
    return (a, n, b, n + i, n * 2.5, -n, i - n, a * n, n >= 3, a != a,
            int(a), float(n), bool(n), c)
