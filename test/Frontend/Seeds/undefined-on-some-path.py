# RUN: tsc %s --emit=graph --no-fusion --verify-diagnostics
#
# Language reference, "Variable Resolution": y is only defined along some
# paths. (PyTorch: "y is not defined in the false branch".)

import torch


@torch.jit.script
def foo(x):
    if x < 0:
        y = 4
    # expected-error @+1 {{'y' is not defined in the false branch}}
    print(y)  # Error: undefined value y
