# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# ../shared/bench/models.py, the Softmax case as a function.
# E2E: entry softmax
# E2E: input x: f32[?,?]
# E2E: case x=16x1024
# E2E: case x=1x3
import torch
import torch.nn.functional as F


def softmax(x: torch.Tensor) -> torch.Tensor:
    return F.softmax(x, dim=-1)
