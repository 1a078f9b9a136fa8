# RUN: not tsc %s --emit=graph --no-fusion 2>&1 | FileCheck %s
#
# Language reference, "Types": `an_error`. In PyTorch the error is the type
# mismatch of r; tsc reports first that torch.rand is not supported (random
# numbers are not compiled), and with torch.zeros it reports the mismatch
# (see ../Sema/an-error.py).

import torch


@torch.jit.script
def an_error(x):
    if x:
        r = torch.rand(1)
    else:
        r = 4
    return r  # Type mismatch: r is set to type Tensor in the true branch
    # and type int in the false branch

# CHECK: an-error.py:14:13: error: operator 'aten::rand' is not supported by tsc yet
# CHECK-NEXT: {{^}}        r = torch.rand(1)
# CHECK-NEXT: {{^}}            ^
