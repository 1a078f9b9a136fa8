# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Language reference, "Calls to other script functions": bar calls foo;
# and the traced example f(x) = x * 2.
# E2E: entry bar
# E2E: input x: f32[?,?]
# E2E: case x=2x3
# E2E: case x=1x1
import torch


@torch.jit.script
def foo(x):
    return x + 1


def f(x):
    return x * 2


@torch.jit.script
def bar(x):
    return f(foo(x))
