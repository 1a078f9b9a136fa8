# RUN: tsc %s --emit=graph --no-fusion | FileCheck %s
#
# jit.rst, "Migrating to PyTorch 1.2 Recursive Scripting API": decorated
# free functions; PyTorch 1.13 folds each to a constant return.

import torch


@torch.jit.script
# CHECK-LABEL: graph():
# CHECK-NEXT: %[[V0:[0-9]+]] : int = prim::Constant[value=2]() # {{.*}}some-fn.py:14:12
# CHECK-NEXT: return (%[[V0]])
def some_fn():
    return 2


@torch.jit.ignore
# CHECK-LABEL: graph():
# CHECK-NEXT: %[[V0:[0-9]+]] : int = prim::Constant[value=2]() # {{.*}}some-fn.py:22:12
# CHECK-NEXT: return (%[[V0]])
def some_fn2():
    return 2


@torch.jit.export
# CHECK-LABEL: graph():
# CHECK-NEXT: %[[V0:[0-9]+]] : int = prim::Constant[value=2]() # {{.*}}some-fn.py:30:12
# CHECK-NEXT: return (%[[V0]])
def some_fn4():
    return 2
