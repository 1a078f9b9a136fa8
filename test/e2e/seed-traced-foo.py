# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Language reference / jit.rst, calling a traced function in script:
# foo(x, y) = 2 * x + y and bar(x) = foo(x, x) (scripted here).
# E2E: entry bar
# E2E: input x: f32[?]
# E2E: case x=3
# E2E: case x=10
import torch


def foo(x, y):
    return 2 * x + y


@torch.jit.script
def bar(x):
    return foo(x, x)
