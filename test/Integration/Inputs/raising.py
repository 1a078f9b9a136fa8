# A model whose error messages carry source locations (deterministic.test).
import torch


def forward(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    if x.size(0) > 3:
        raise ValueError("too many rows")
    return torch.tanh(x * 2.0 + 1.0) * torch.sigmoid(y)
