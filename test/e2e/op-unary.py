# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# Unary ops: neg, abs, unary minus/plus, sign, reciprocal, floor/ceil/round.
# E2E: entry f
# E2E: input x: f32[?,5] = -3.0..3.0
# E2E: input i: i64[?]
# E2E: case x=2x5 i=4
# E2E: case x=3x5 i=1
import torch


def f(x: torch.Tensor, i: torch.Tensor):
    return (torch.neg(x), -x, x.neg(), torch.abs(x), x.abs(), -i, i.abs(),
            torch.floor(x), torch.ceil(x), torch.round(x * 10.0), torch.sign(x),
            torch.reciprocal(x + 5.0))
