import torch


def f(x: torch.Tensor):
    return torch.tanh(x * 2.0 + 1.0) * torch.sigmoid(x)
