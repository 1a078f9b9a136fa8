# RUN: not tsc %s --emit=mlir 2>&1 | FileCheck %s
#
# When no overload of an operator matches, the error names the operator and
# the argument types, and a note per overload says why it did not match.

import torch
from typing import Optional


def tensor_plus_str(x: torch.Tensor, s: str):
    return x + s

# CHECK: operator-errors.py:[[@LINE-2]]:12: error: arguments for call to + are not valid (Tensor, str)
# CHECK-NEXT: {{^}}    return x + s
# CHECK-NEXT: {{^}}           ^
# CHECK: note: aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor: expected a value of type 'Tensor' for argument 'other' but found type 'str'
# CHECK: note: aten::add.str(str a, str b) -> str: expected a value of type 'str' for argument 'a' but found type 'Tensor'


def optional_without_check(x: Optional[int]) -> int:
    return x + 1

# CHECK: operator-errors.py:[[@LINE-2]]:12: error: arguments for call to + are not valid (Optional[int], int)
# CHECK: note: aten::add.int(int a, int b) -> int: expected a value of type 'int' for argument 'a' but found type 'Optional[int]'


def matmul_number(x: torch.Tensor):
    return 2 @ x

# CHECK: operator-errors.py:[[@LINE-2]]:12: error: arguments for call to @ are not valid (int, Tensor)


def bad_keyword(x: torch.Tensor):
    return torch.sum(x, dims=1)

# CHECK: operator-errors.py:[[@LINE-2]]:12: error: arguments for call to torch.sum are not valid (Tensor, dims=int)
# CHECK: note: {{.*}}unknown keyword argument 'dims'
