# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# matmul of every rank combination: 1x1 (dot), 1x2, 2x1, 2x2, 3x2, 2x3,
# 3x3 with batch broadcasting, 4x4, 1x3, 3x1.
# E2E: entry f
# E2E: input v: f32[?]
# E2E: input m: f32[?,?]
# E2E: input b: f32[?,?,?]
# E2E: input c: f32[1,?,?]
# E2E: input q: f32[2,?,?,?]
# E2E: case v=3 m=3x4 b=2x4x3 c=1x4x5 q=2x3x4x3
# E2E: case v=5 m=5x2 b=4x2x5 c=1x2x1 q=2x1x2x5
import torch


def f(v: torch.Tensor, m: torch.Tensor, b: torch.Tensor, c: torch.Tensor, q: torch.Tensor):
    return (torch.matmul(v, v), torch.matmul(v, m), torch.matmul(m.t(), v),
            torch.matmul(m.t(), m), torch.matmul(b, m), torch.matmul(m, b),
            torch.matmul(b.transpose(1, 2), c), torch.matmul(q, q.transpose(-1, -2)),
            torch.matmul(m.t(), b.transpose(1, 2)), torch.matmul(b, v), torch.matmul(v, b.transpose(1, 2)),
            m @ b)
