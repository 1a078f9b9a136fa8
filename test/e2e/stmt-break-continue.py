# RUN: %python %S/Inputs/e2e.py %s --tsc tsc --tsc-run %tsc-run
# break and continue in for and while loops, nested.
# E2E: entry f
# E2E: input x: f32[?]
# E2E: input n: int = 0..12
# E2E: case x=3 n=0
# E2E: case x=3 n=5
# E2E: case x=5 n=12
# E2E: case x=2 n=9
import torch


def f(x: torch.Tensor, n: int):
    s = 0
    y = x
    for i in range(n):
        if i % 2 == 1:
            continue
        if i > 7:
            break
        s += i
        y = y + float(i)
    j = 0
    t = 0
    while True:
        j += 1
        if j > n:
            break
        for k in range(j):
            if k == 2:
                break
            t += k + j
    return s, y, j, t
