# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# cat and stack along several dims (negative too), of 2 and 3 tensors with
# different dynamic sizes along the cat dimension.
# E2E: entry f
# E2E: input a: f32[?,3]
# E2E: input b: f32[?,3]
# E2E: input c: f32[2,3]
# E2E: case a=2x3 b=4x3
# E2E: case a=1x3 b=1x3
# E2E: case a=5x3 b=2x3
import torch


def f(a: torch.Tensor, b: torch.Tensor, c: torch.Tensor):
    return (torch.cat([a, b]), torch.cat((a, b, c), 0), torch.cat([c, c], dim=1),
            torch.cat([c, c * 2.0], -1), torch.stack([c, c + 1.0]), torch.stack([a, a], 1),
            torch.stack((c, c, c), dim=-1), torch.stack([a[0], b[0]]))
