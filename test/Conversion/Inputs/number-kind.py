import torch


def f(x: torch.Tensor, c: bool):
    if c:
        a = x.sum().item()
    else:
        a = x.long().sum().item()
    return a + 1
