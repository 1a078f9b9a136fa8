"""Checks the numbers examples/cmake's program prints against NumPy.

Usage: check_example.py OUTPUT.txt -- prints one line per checked result
("act: 12 values match"), or what differs, and exits 1 on a mismatch.
"""
import sys

import numpy as np


def values(lines, label):
    """The shape and values of the line `<label> <d0>x<d1>...: v v v`."""
    for line in lines:
        if line.startswith(label + " "):
            head, _, data = line.partition(":")
            shape = tuple(int(d) for d in head[len(label):].split("x"))
            return np.array([float(v) for v in data.split()],
                            dtype=np.float32).reshape(shape)
    sys.exit(f"no line '{label} ...' in the output")


def check(name, got, want, rtol=1e-5, atol=1e-6):
    if got.shape != want.shape:
        print(f"{name}: shape {got.shape}, expected {want.shape}")
        return False
    if not np.allclose(got, want, rtol=rtol, atol=atol):
        print(f"{name}: got {got.ravel().tolist()}")
        print(f"{name}: expected {want.ravel().tolist()}")
        return False
    print(f"{name}: {got.size} values match")
    return True


def main():
    lines = open(sys.argv[1]).read().splitlines()
    ok = True

    # act(x) = tanh(2x + 1) * sigmoid(x), in float32.
    x = values(lines, "act input")
    want = np.tanh(x * np.float32(2.0) + np.float32(1.0)) * (
        np.float32(1.0) / (np.float32(1.0) + np.exp(-x)))
    ok &= check("act", values(lines, "act output"), want.astype(np.float32))

    # smooth(x, n): y = x; n times y = y * 0.5 + x.
    x = values(lines, "smooth input")
    n = int(next(l for l in lines if l.startswith("smooth n:")).split(":")[1])
    y = x.copy()
    for _ in range(n):
        y = y * np.float32(0.5) + x
    ok &= check("smooth", values(lines, "smooth output"), y)

    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
