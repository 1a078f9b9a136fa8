# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# argmax/argmin: flattened, along a dim, keepdim, negative dims.
# E2E: entry f
# E2E: input x: f32[?,?]
# E2E: case x=3x5
# E2E: case x=1x7
# E2E: case x=6x1
import torch


def f(x: torch.Tensor):
    return (x.argmax(), torch.argmax(x, 1), torch.argmax(x, dim=0, keepdim=True),
            x.argmax(-1, True), torch.argmin(x), x.argmin(0))
