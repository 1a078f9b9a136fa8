#!/usr/bin/env python3
"""tsc's CPU benchmarks: each case compiled by tsc and timed against PyTorch
(eager and torch.jit.script of the same source) in the same run.

    /usr/bin/python3 bench/run.py [--tsc build/bin/tsc] [--tsc-run build/bin/tsc-run]
                                  [--cases a,b] [--calls 20] [--rounds 5]
                                  [--threads 1] [--json out.json]

Per case and per side, --rounds rounds of --calls timed calls (after
warm-up) each give a median; the figure reported is the median of those
round medians, with the spread (min and max of the round medians). tsc is
timed by `tsc-run --bench` (the C ABI call, in-process, no Python); the
PyTorch peers by time.perf_counter around each call from Python, which
adds a few microseconds per call: only compare cases that take far longer.
Ratios are peer time / tsc time (above 1: tsc is faster). The rounds
interleave the sides, so that machine noise hits them alike.

tsc runs on one thread; PyTorch runs on --threads threads (default 1, the
like-for-like comparison; the suite's targets are for 2). The environment
variables of ../shared/bench/README.md (glibc malloc thresholds, OpenBLAS)
are honoured if set before running this script.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))

# name -> (program, inputs as (name, shape)); float32 standard normal.
# Shapes follow ../shared/bench/models.py.
CASES = {
    "elementwise_1M": ("elementwise.py", [("x", (1 << 20,))]),
    "elementwise_16M": ("elementwise.py", [("x", (1 << 24,))]),
    "softmax_4096x1024": ("softmax.py", [("x", (4096, 1024))]),
    "layernorm_4096x1024": ("layernorm.py",
                            [("x", (4096, 1024)), ("g", (1024,)), ("b", (1024,))]),
    "mlp_b64": ("mlp.py", [("x", (64, 1024)), ("w1", (4096, 1024)), ("b1", (4096,)),
                           ("w2", (4096, 4096)), ("b2", (4096,)),
                           ("w3", (1024, 4096)), ("b3", (1024,))]),
    "rnn_loop_100x8": ("rnn_loop.py", [("xs", (100, 8, 64)), ("w", (64, 64)), ("b", (64,))]),
}


def load_function(path, name="f"):
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_program", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def time_python(fn, args, calls):
    for _ in range(3):
        fn(*args)
    times = []
    for _ in range(calls):
        t = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3


def time_tsc(tsc_run, lib, inputs, calls, outdir):
    cmd = [tsc_run, lib] + inputs + ["--bench", str(calls), "-o", outdir]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("tsc-run failed: %s" % p.stderr.strip())
    m = re.search(r"median ([0-9.]+) ms", p.stdout + p.stderr)
    if not m:
        raise RuntimeError("no median in tsc-run's output: %s" % p.stdout)
    return float(m.group(1))


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(HERE)
    ap.add_argument("--tsc", default=os.path.join(root, "build/bin/tsc"))
    ap.add_argument("--tsc-run", default=os.path.join(root, "build/bin/tsc-run"))
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--calls", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--json")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    work = tempfile.mkdtemp(prefix="tsc-bench-")
    results = {}
    for name in args.cases.split(","):
        if name not in CASES:
            sys.exit("unknown case %s (known: %s)" % (name, ", ".join(CASES)))
        program, specs = CASES[name]
        source = os.path.join(HERE, "programs", program)
        lib = os.path.join(work, name + ".so")
        cmd = [args.tsc, source, "--entry", "f", "-o", lib]
        for arg, shape in specs:
            cmd += ["--input-shape", "%s=%s" % (arg, "x".join(map(str, shape)))]
        t = time.perf_counter()
        subprocess.run(cmd, check=True)
        compile_s = time.perf_counter() - t
        arrays = [rng.standard_normal(shape, dtype=np.float32) for _, shape in specs]
        paths = []
        for (arg, _), a in zip(specs, arrays):
            paths.append(os.path.join(work, "%s-%s.npy" % (name, arg)))
            np.save(paths[-1], a)
        tensors = [torch.from_numpy(a) for a in arrays]
        eager = load_function(source)
        scripted = torch.jit.script(eager)
        # The outputs agree before anything is timed.
        outdir = os.path.join(work, name + "-out")
        time_tsc(args.tsc_run, lib, paths, 1, outdir)
        want = scripted(*tensors)
        want = want if isinstance(want, tuple) else (want,)
        for k, w in enumerate(want):
            got = np.load(os.path.join(outdir, "out%d.npy" % k))
            # Float sums in another order: compare against the output's scale.
            w = w.numpy()
            err = float(np.abs(got - w).max()) if w.size else 0.0
            scale = max(1.0, float(np.abs(w).max()) if w.size else 0.0)
            if got.shape != w.shape or not err <= 1e-4 * scale:
                sys.exit("%s: output %d differs from PyTorch's (max error %g, scale %g)"
                         % (name, k, err, scale))
        rounds = {"tsc": [], "eager": [], "script": []}
        for _ in range(args.rounds):
            rounds["tsc"].append(time_tsc(args.tsc_run, lib, paths, args.calls, outdir))
            with torch.no_grad():
                rounds["eager"].append(time_python(eager, tensors, args.calls))
                rounds["script"].append(time_python(scripted, tensors, args.calls))
        r = {side: summary(v) for side, v in rounds.items()}
        r["compile_s"] = compile_s
        results[name] = r
        print("%-22s tsc %9.3f ms [%.3f-%.3f]  eager %9.3f ms (x%.2f)  script %9.3f ms (x%.2f)"
              % (name, r["tsc"]["median"], r["tsc"]["min"], r["tsc"]["max"],
                 r["eager"]["median"], r["eager"]["median"] / r["tsc"]["median"],
                 r["script"]["median"], r["script"]["median"] / r["tsc"]["median"]),
              flush=True)
    ratios = [r["script"]["median"] / r["tsc"]["median"] for r in results.values()]
    geomean = float(np.exp(np.mean(np.log(ratios)))) if ratios else 0.0
    print("geomean speed-up over torch.jit.script (%d thread%s): x%.2f"
          % (args.threads, "" if args.threads == 1 else "s", geomean))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"threads": args.threads, "cases": results,
                       "geomean_vs_script": geomean}, f, indent=2)


if __name__ == "__main__":
    main()
