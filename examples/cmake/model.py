# The models of the CMake example (examples/cmake/CMakeLists.txt compiles each
# function into its own library with tsc_add_model).
import torch


# An elementwise activation: one fused loop nest.
def act(x: torch.Tensor) -> torch.Tensor:
    return torch.tanh(x * 2.0 + 1.0) * torch.sigmoid(x)


# A loop carrying a tensor: y <- y / 2 + x, n times (n is an int input).
def smooth(x: torch.Tensor, n: int) -> torch.Tensor:
    y = x
    for _ in range(n):
        y = y * 0.5 + x
    return y
