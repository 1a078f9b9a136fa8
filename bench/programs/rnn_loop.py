import torch
from typing import Tuple


# The tutorial's control-flow model (DecisionGate inside Cell inside a loop
# over time) with the linear layer's weights as arguments.
def gate(x: torch.Tensor):
    if x.sum() > 0:
        return x
    else:
        return -x


def cell(x: torch.Tensor, h: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    new_h = torch.tanh(gate(torch.nn.functional.linear(x, w, b)) + h)
    return new_h, new_h


def f(xs: torch.Tensor, w: torch.Tensor, b: torch.Tensor):
    h = torch.zeros(xs.size(1), 64)
    y = torch.zeros(xs.size(1), 64)
    for i in range(xs.size(0)):
        y, h = cell(xs[i], h, w, b)
    return y, h
