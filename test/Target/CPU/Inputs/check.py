"""Helpers of the CPU back end's lit tests.

  check.py gen DIR NAME=DTYPE[D0xD1...] ...   random inputs DIR/NAME.npy (seeded)
  check.py cmp OUT.npy 'EXPR' IN.npy ...      OUT == EXPR(x0, x1, ...)

Floats compare with rtol 1e-4, atol 1e-5 (the e2e tolerance); integers and
booleans exactly. Shapes and dtypes must match.
"""
import sys

import numpy as np


def gen(directory, specs):
    rng = np.random.default_rng(42)
    for spec in specs:
        name, rest = spec.split("=")
        dtype, _, dims = rest.partition("[")
        shape = tuple(int(d) for d in dims.rstrip("]").split("x") if d) if dims else ()
        dt = np.dtype(dtype)
        if dt == np.bool_:
            a = rng.random(shape) < 0.5
        elif dt.kind in "iu":
            a = rng.integers(-50 if dt.kind == "i" else 0, 50, shape).astype(dt)
        else:
            a = (rng.standard_normal(shape)).astype(dt)
        np.save(f"{directory}/{name}.npy", a)


def cmp(out, expr, inputs):
    env = {"np": np}
    for i, path in enumerate(inputs):
        env[f"x{i}"] = np.load(path)
    want = np.asarray(eval(expr, env))
    got = np.load(out)
    if got.shape != want.shape or got.dtype != want.dtype:
        sys.exit(f"mismatch: got {got.dtype}{list(got.shape)}, "
                 f"want {want.dtype}{list(want.shape)}")
    if want.dtype.kind == "f":
        ok = np.allclose(got, want, rtol=1e-4, atol=1e-5, equal_nan=True)
    else:
        ok = np.array_equal(got, want)
    if not ok:
        sys.exit(f"values differ:\ngot  {got}\nwant {want}")
    print("ok")


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2], sys.argv[3:])
    else:
        cmp(sys.argv[2], sys.argv[3], sys.argv[4:])
