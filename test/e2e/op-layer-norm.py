# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# aten::layer_norm (decomposed by ts-decompose): over the last one or two
# dims, with and without weight and bias, float32 and float64.
# E2E: entry f
# E2E: input x: f32[?,3,4]
# E2E: input w: f32[4]
# E2E: input b: f32[4]
# E2E: input y: f64[2,5]
# E2E: case x=2x3x4
# E2E: case x=1x3x4
# E2E: case x=5x3x4
import torch
import torch.nn.functional as F


def f(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor, y: torch.Tensor):
    return (F.layer_norm(x, (4,), w, b, 1e-5), F.layer_norm(x, [3, 4]),
            torch.layer_norm(x, [4], w), F.layer_norm(y, [5], eps=0.1),
            F.layer_norm(x * 100.0, [4], None, b))
