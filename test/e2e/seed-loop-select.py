# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# jit.rst, "Automatic Trace Checking": the loop over x.size(0) multiplying
# rows, with the documentation's input shapes (3,4,5), (4,5,6), (2,3,4).
# E2E: entry fn
# E2E: input x: f32[?,?,?] = pos
# E2E: case x=3x4x5
# E2E: case x=4x5x6
# E2E: case x=2x3x4
import torch


def fn(x):
    result = x[0]
    for i in range(x.size(0)):
        result = result * x[i]
    return result
