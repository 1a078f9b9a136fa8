# The model of the C example (examples/c/main.c), in TorchScript:
#   tsc demo.py --input-shape x=?x4 --input-shape y=?x4 -o libdemo.a \
#       --emit-header demo.h
import torch


def forward(x: torch.Tensor, y: torch.Tensor, alpha: float) -> torch.Tensor:
    return x + alpha * y
