# RUN: not tsc %s --emit=mlir 2>&1 | FileCheck %s
#
# Operators that PyTorch has but tsc does not support yet are reported
# together, each with its location, and the run fails.

import torch


def f(x: torch.Tensor):
    a = torch.lgamma(x)
    b = torch.digamma(x) + a
    c = x.erfinv()
    return a, b, c

# CHECK: unsupported-ops.py:10:9: error: operator 'aten::lgamma' is not supported by tsc yet
# CHECK-NEXT: {{^}}    a = torch.lgamma(x)
# CHECK-NEXT: {{^}}        ^
# CHECK: unsupported-ops.py:11:9: error: operator 'aten::digamma' is not supported by tsc yet
# CHECK-NEXT: {{^}}    b = torch.digamma(x) + a
# CHECK-NEXT: {{^}}        ^
# CHECK: unsupported-ops.py:12:9: error: operator 'aten::erfinv' is not supported by tsc yet
# CHECK-NEXT: {{^}}    c = x.erfinv()
# CHECK-NEXT: {{^}}        ^
# CHECK-NOT: error
