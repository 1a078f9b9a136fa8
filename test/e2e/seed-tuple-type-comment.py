# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Language reference, "Types": foo(x, tup) with a type comment, unpacking a
# tuple of tensors. The tuple is built by the entry `call` (tuples do not
# cross the ABI as inputs).
# E2E: entry call
# E2E: input x: int = -3..3
# E2E: input a: f32[?,2]
# E2E: input b: f32[?,2]
# E2E: case x=1 a=3x2 b=3x2
# E2E: case x=-2 a=1x2 b=1x2
import torch
from typing import Tuple


@torch.jit.script
def foo(x, tup):
    # type: (int, Tuple[Tensor, Tensor]) -> Tensor
    t0, t1 = tup
    return t0 + t1 + x


def call(x: int, a: torch.Tensor, b: torch.Tensor):
    return foo(x, (a, b))
