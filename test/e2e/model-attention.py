# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Scaled dot-product attention with an optional causal mask built from
# arange comparisons.
# E2E: entry attention
# E2E: input q: f32[?,?,8]
# E2E: input k: f32[?,?,8]
# E2E: input v: f32[?,?,8]
# E2E: input causal: bool
# E2E: case q=2x5x8 k=2x5x8 v=2x5x8 causal=true
# E2E: case q=1x3x8 k=1x3x8 v=1x3x8 causal=false
# E2E: case q=3x1x8 k=3x1x8 v=3x1x8 causal=true
import math
import torch
import torch.nn.functional as F


def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool):
    scores = torch.matmul(q, k.transpose(1, 2)) / math.sqrt(q.size(-1))
    if causal:
        n = q.size(1)
        i = torch.arange(n).unsqueeze(1)
        j = torch.arange(n).unsqueeze(0)
        scores = torch.where(j > i, torch.full_like(scores, -1e9), scores)
    p = F.softmax(scores, dim=-1)
    return torch.bmm(p, v), p
