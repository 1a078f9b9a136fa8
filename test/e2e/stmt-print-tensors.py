# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# print of tensors formats them as TorchScript does (ATen's C++ operator<<:
# a column per element of a vector, matrices with `Columns N to M` blocks
# past 80 characters, `(i,.,.) = ` headers for more dimensions, a common
# scale or scientific notation for wide ranges, `[ CPUFloatType{2,3} ]`).
# E2E: entry f
# E2E: input x: f32[?,?]
# E2E: input k: i64[?]
# E2E: input m: bool[3]
# E2E: case x=2x3 k=4 m=3
# E2E: case x=3x15 k=0 m=3
# E2E: case x=1x1 k=1 m=3
# E2E: case x=0x2 k=2 m=3
# E2E: stdout
import torch


def f(x: torch.Tensor, k: torch.Tensor, m: torch.Tensor):
    print(x)
    print("transposed:", x.t(), "rounded:", torch.round(x * 4.0))
    print(k, m, k.to(torch.int32), k.to(torch.uint8), k.to(torch.int8))
    print(x.double(), x.to(torch.float16), x.sum(), k.sum(), m.sum())
    print(x * 1e6 + 0.5, x * 1e-3, x * 1e8)
    print(x.view(1, x.size(0), x.size(1)), torch.stack([x, x * 1000.5]))
    print(x * 0.0, x / 0.0, k * 100000000000)
    return x + 1
