"""Drives a model through examples/python/run_model.py: NumPy arrays with
any strides (transposed, broadcast with zero strides, sliced), scalars,
errors, threads and, where installed, torch tensors."""
import sys
import threading

import numpy as np

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, sys.argv[1])
from run_model import Model  # noqa: E402

m = Model(sys.argv[2])
rng = np.random.default_rng(0)
x = rng.standard_normal((4, 5)).astype(np.float32)
y = rng.standard_normal((4, 5)).astype(np.float32)


def check(got, want):
    assert got.dtype == want.dtype and got.shape == want.shape, (got, want)
    assert np.allclose(got, want, rtol=1e-4, atol=1e-5), (got, want)


# forward(x, y, alpha) = x + alpha * y, on [?, 4] float32.
check(m("forward", x[:, :4], y[:, :4], 2.0)[0], x[:, :4] + 2 * y[:, :4])
xt = np.ascontiguousarray(x.T)[:4].T  # a transposed (column-major) view
check(m("forward", xt, y[:, :4], 0.5)[0], xt + 0.5 * y[:, :4])
row = rng.standard_normal(4).astype(np.float32)
bcast = np.broadcast_to(row, (3, 4))  # strides (0, 1)
check(m("forward", bcast, bcast, -1.0)[0], bcast - bcast)
print("numpy ok")

try:
    m("forward", x, y, 2.0)  # [4, 5]: the static dimension is 4
except RuntimeError as e:
    print("error:", e)

# Entry points are thread-safe: errors are per thread, results independent.
failures = []


def worker(i):
    a = rng.standard_normal((8 + i, 4)).astype(np.float32)
    for _ in range(50):
        (out,) = m("forward", a, a, float(i))
        if not np.allclose(out, a + i * a, rtol=1e-4, atol=1e-5):
            failures.append(i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads ok" if not failures else f"threads failed {failures}")

try:
    import torch
except ImportError:
    torch = None
if torch is not None:
    tx = torch.randn(3, 4)
    ty = torch.randn(6, 4)[::2]  # non-contiguous
    (out,) = m("forward", tx, ty, 3.0, as_torch=True)
    assert isinstance(out, torch.Tensor)
    assert torch.allclose(out, tx + 3.0 * ty, rtol=1e-4, atol=1e-5)
    print("torch ok")
else:
    print("torch ok (not installed)")
