# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# exp, log, sqrt, rsqrt, sin, cos, erf on positive inputs.
# E2E: entry f
# E2E: input x: f32[?,?] = pos
# E2E: case x=2x3
# E2E: case x=5x7
# E2E: case x=1x1
import torch


def f(x: torch.Tensor):
    return (torch.exp(x), x.exp(), torch.log(x), x.log(), torch.sqrt(x), x.sqrt(),
            torch.rsqrt(x), torch.sin(x), torch.cos(x), torch.erf(x - 1.0),
            torch.log(torch.exp(x) + 1.0))
