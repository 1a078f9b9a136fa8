# XFAIL: *
# print (prim::Print) and str constants are not supported by the code
# generator yet.
# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# print of strings, ints and tensors does not change the results.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int
# E2E: case x=2 n=3
import torch


def f(x: torch.Tensor, n: int):
    print("running f with", n)
    print(x.sum())
    return x + n
