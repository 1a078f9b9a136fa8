# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Language reference / jit.rst: foo(x, y) branches on x.max() > y.max();
# bar(x, y, z) = foo(x, y) + z is the traced caller of the script function.
# E2E: entry bar
# E2E: input x: f32[?]
# E2E: input y: f32[?]
# E2E: input z: f32[?]
# E2E: case x=3 y=3 z=3
# E2E: case x=5 y=5 z=5
# E2E: case x=1 y=1 z=1
# E2E: case x=4 y=4 z=4
import torch


@torch.jit.script
def foo(x, y):
    if x.max() > y.max():
        r = x
    else:
        r = y
    return r


def bar(x, y, z):
    return foo(x, y) + z
