# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# ../shared/bench/models.py, the MLP case as a function of its weights
# (smaller sizes): l3(gelu(l2(relu(l1(x))))), and DecisionGate.
# E2E: entry mlp
# E2E: input x: f32[?,32]
# E2E: input w1: f32[64,32] = -0.25..0.25
# E2E: input b1: f32[64]
# E2E: input w2: f32[64,64] = -0.25..0.25
# E2E: input b2: f32[64]
# E2E: input w3: f32[32,64] = -0.25..0.25
# E2E: input b3: f32[32]
# E2E: case x=4x32
# E2E: case x=1x32
import torch
import torch.nn.functional as F


def mlp(x: torch.Tensor, w1: torch.Tensor, b1: torch.Tensor, w2: torch.Tensor, b2: torch.Tensor,
        w3: torch.Tensor, b3: torch.Tensor) -> torch.Tensor:
    return F.linear(F.gelu(F.linear(F.relu(F.linear(x, w1, b1)), w2, b2)), w3, b3)
