# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Division variants: true division of int tensors, floor_divide and % on
# float and int tensors with negative operands (Python's rounding), div with
# rounding_mode.
# E2E: entry f
# E2E: input x: f32[?,4] = -5.0..5.0
# E2E: input y: f32[?,4] = 0.5..3.0
# E2E: input i: i64[?,4] = -9..9
# E2E: input j: i64[?,4] = 1..4
# E2E: case x=2x4 y=2x4 i=2x4 j=2x4
# E2E: case x=5x4 y=5x4 i=5x4 j=5x4
import torch


def f(x: torch.Tensor, y: torch.Tensor, i: torch.Tensor, j: torch.Tensor):
    return (x / y, i / j, torch.floor_divide(x, y), x // 2.0, i // j, i // -j, i // 2,
            x % y, i % j, i % -j, x % -1.5, torch.remainder(x, 2.0), torch.div(x, y, rounding_mode="floor"),
            torch.div(x, y, rounding_mode="trunc"), torch.div(i, j, rounding_mode="floor"),
            torch.div(i, j, rounding_mode="trunc"))
