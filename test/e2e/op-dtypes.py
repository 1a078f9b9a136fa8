# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# int64/int32/float64/bool inputs and outputs, .to(dtype), .float()/.long()/
# .int()/.double(). (x.dtype: op-dtype-query.py)
# E2E: entry f
# E2E: input x: f32[?] = -4.0..4.0
# E2E: input i: i64[?]
# E2E: input j: i32[?]
# E2E: input d: f64[?]
# E2E: input b: bool[?]
# E2E: case x=4 i=4 j=4 d=4 b=4
# E2E: case x=1 i=1 j=1 d=1 b=1
import torch


def f(x: torch.Tensor, i: torch.Tensor, j: torch.Tensor, d: torch.Tensor, b: torch.Tensor):
    return (x.to(torch.int64), x.long(), x.int(), x.double(), x.to(torch.bool), i.float(), i.to(torch.float64),
            j + 1, j.long(), j * i, d * 2.0, d.float(), b.int(), b.float() + x, b.to(torch.int64).sum(),
            i, b)
