# The first example of PyTorch's TorchScript documentation: a loop whose body
# branches on the iteration number. `tsc examples/loop.py --emit=graph`
# prints its TorchScript graph.
import torch


@torch.jit.script
def foo(len):
    # type: (int) -> torch.Tensor
    rv = torch.zeros(3, 4)
    for i in range(len):
        if i < 10:
            rv = rv - 1.0
        else:
            rv = rv + 1.0
    return rv
