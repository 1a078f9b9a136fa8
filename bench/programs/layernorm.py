import torch
import torch.nn.functional as F


# nn.LayerNorm(1024) with its weight and bias as arguments.
def f(x: torch.Tensor, g: torch.Tensor, b: torch.Tensor):
    return F.layer_norm(x, (1024,), g, b, 1e-5)
