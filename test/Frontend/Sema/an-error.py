# RUN: not tsc %s --emit=mlir 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
#
# The language reference's `an_error` example: the full diagnostic, with
# the position, the source line and the caret; nothing is printed to
# stdout and no second error cascades from the use of `r`.

import torch


def an_error(x):
    if bool(x):
        r = torch.zeros(1)
    else:
        r = 4
    return r

# CHECK:{{.*}}an-error.py:11:5: error: 'r' is set to type Tensor in the true branch and type int in the false branch
# CHECK-NEXT:    if bool(x):
# CHECK-NEXT:    ^
# CHECK-NOT:error
