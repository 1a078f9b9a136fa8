# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# "Introduction to TorchScript": MyDecisionGate and MyCell, written as
# functions with the Linear layer's weight and bias as inputs, and the
# MyRNNLoop-style loop over time steps.
# E2E: entry rnn_loop
# E2E: input xs: f32[?,?,4]
# E2E: input w: f32[4,4]
# E2E: input b: f32[4]
# E2E: case xs=10x3x4
# E2E: case xs=1x1x4
# E2E: case xs=5x2x4
import torch
from typing import Tuple


def decision_gate(x: torch.Tensor) -> torch.Tensor:
    if x.sum() > 0:
        return x
    else:
        return -x


def cell(x: torch.Tensor, h: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    new_h = torch.tanh(decision_gate(torch.nn.functional.linear(x, w, b)) + h)
    return new_h, new_h


def rnn_loop(xs: torch.Tensor, w: torch.Tensor, b: torch.Tensor):
    h = torch.zeros(xs.size(1), 4)
    y = torch.zeros(xs.size(1), 4)
    for i in range(xs.size(0)):
        y, h = cell(xs[i], h, w, b)
    return y, h
