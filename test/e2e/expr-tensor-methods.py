# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Tensor methods: arithmetic, reductions, shape methods, matmul, chained.
# E2E: entry f
# E2E: input x: f32[?,3]
# E2E: input w: f32[3,5]
# E2E: case x=2x3
# E2E: case x=6x3
import torch


def f(x: torch.Tensor, w: torch.Tensor):
    return (x.mm(w), x.matmul(w), x.add(1.0).mul(2.0).sub(x), x.sum(), x.mean(1),
            x.max(), x.min(), x.t(), x.view(-1), x.reshape(3, -1), x.unsqueeze(0),
            x.transpose(0, 1).contiguous(), x.exp().log(), x.clone(), x.size(0),
            x.dim(), x.numel(), x.abs().sqrt(), x.softmax(1), x.argmax(1), x.float(),
            x.detach())
