# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# jit.rst, "Migrating to PyTorch 1.2 Recursive Scripting API": some_fn
# returns 2 (no inputs); some_fn2 (ignored) and some_fn4 (exported) too.
# E2E: entry some_fn
# E2E: case
import torch


@torch.jit.script
def some_fn():
    return 2


@torch.jit.ignore
def some_fn2():
    return 2


@torch.jit.export
def some_fn4():
    return 2
