# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# print of strings, ints and tensors does not change the results, and
# prints what TorchScript's print prints.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int
# E2E: case x=2 n=3
# E2E: stdout
import torch


def f(x: torch.Tensor, n: int):
    print("running f with", n)
    print(x.sum())
    return x + n
