"""End-to-end test harness: a TorchScript program compiled by tsc against PyTorch.

    /usr/bin/python3 e2e.py PROGRAM.py --tsc TSC --tsc-run TSC_RUN [--keep DIR] [-v]

PROGRAM.py is an ordinary TorchScript file (every top-level `def` is
TorchScript) whose header comments say how to test it:

    # E2E: entry f                       the function to compile and call
    # E2E: input x: f32[?,4]             one line per parameter, in order
    # E2E: input n: int = 1..6           (see "Inputs" below)
    # E2E: case x=2x4 n=3                one line per run: sizes / values
    # E2E: case x=7x4                    (n is drawn at random here)
    # E2E: case x=0x4 n=2 -> error: REGEX
    # E2E: flags --no-fusion             extra tsc options (optional)
    # E2E: tol rtol=1e-3 atol=1e-4       float tolerances (optional)
    # E2E: seed 7                        random seed (optional, default 0)
    # E2E: stdout                        compare what print() writes too

Inputs (`input NAME: TYPE [= GEN]`):
  TYPE  f32|f64|i64|i32|bool followed by [d0,d1,...]: a tensor; each dim is an
        integer (static) or `?` (dynamic); `[]` is a 0-d tensor.
        int | float | bool: a scalar (crosses the ABI as a 0-d tensor).
  GEN   how values are drawn (seeded): floats default to standard normal,
        ints to a..b = -5..5 (tensors) or 1..5 (scalars), bools to
        random. `GEN` may be `lo..hi` (uniform float / integer range,
        inclusive for ints) or `pos` (floats uniform in [0.1, 2]).
Cases (`case NAME=VALUE ...`): a tensor takes its concrete sizes (`2x4`,
`scalar` for 0-d; `?` dims may differ between cases, static ones must
match); a scalar takes a literal (`3`, `-2.5`, `true`) or is drawn when
omitted. `-> error: REGEX` expects the call to fail: PyTorch must raise, and
tsc-run must exit non-zero with REGEX found in its stderr.

What is checked, per case: PyTorch's `torch.jit.script(entry)` of the same
source is run on the inputs; tsc compiles the program once
(`--entry`, `--input-shape NAME=?x4`, `--input-dtype`) to a shared library
and `tsc-run` runs it; every output (tuples flattened, scalars as 0-d
arrays of int64/float64/bool) must have the same dtype, shape and values:
floats within rtol 1e-4 / atol 1e-5 (NaNs and infinities must match),
integers and booleans exactly. With `# E2E: stdout`, what the program
prints (TorchScript's print: PyTorch's stdout during the call, tsc-run's
stdout, which with -o holds only the model's output) must also be the same,
character for character, in every case (error cases included: what was
printed before the raise). Exit status 0 when all cases pass, 1 with a
diff otherwise (2 for a malformed header). `--torch-only` checks the test
itself (PyTorch runs, raises where expected) without tsc; `--keep DIR` keeps
the library, inputs and outputs; `-v` prints the commands.

Tests live in test/e2e/*.py (lit runs them: lit.local.cfg). A test that
fails because of a feature tsc does not support yet carries `# XFAIL: *`
and a comment naming the feature; wrong results are never XFAIL.
"""

import argparse
import contextlib
import difflib
import importlib.util
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import torch

DTYPES = {
    "f32": (np.float32, "float32"),
    "f64": (np.float64, "float64"),
    "i64": (np.int64, "int64"),
    "i32": (np.int32, "int32"),
    "bool": (np.bool_, "bool"),
}
SCALARS = ("int", "float", "bool")


class SpecError(Exception):
    pass


class Input:
    def __init__(self, name, text):
        self.name = name
        m = re.fullmatch(r"\s*(\w+)\s*(\[[^\]]*\])?\s*(?:=\s*(\S+))?\s*", text)
        if not m:
            raise SpecError(f"bad input type '{text}'")
        kind, dims, self.gen = m.group(1), m.group(2), m.group(3)
        if dims is None:
            if kind not in SCALARS:
                raise SpecError(f"input {name}: '{kind}' is not int/float/bool "
                                "(tensors need [dims])")
            self.scalar, self.kind, self.dims = True, kind, None
        else:
            if kind not in DTYPES:
                raise SpecError(f"input {name}: unknown dtype '{kind}'")
            self.scalar, self.kind = False, kind
            body = dims[1:-1].strip()
            self.dims = [] if not body else [
                None if d.strip() == "?" else int(d) for d in body.split(",")]

    def shape_flag(self):
        if not self.dims:
            return f"{self.name}=scalar"
        return self.name + "=" + "x".join("?" if d is None else str(d)
                                          for d in self.dims)

    def draw(self, rng, value):
        """A value for this input: a numpy array or a Python scalar."""
        if self.scalar:
            if value is not None:
                if self.kind == "bool":
                    if value not in ("true", "false"):
                        raise SpecError(f"{self.name}: bad bool '{value}'")
                    return value == "true"
                return int(value) if self.kind == "int" else float(value)
            lo, hi = self.range(1, 5)
            if self.kind == "int":
                return int(rng.integers(lo, hi + 1))
            if self.kind == "float":
                return float(rng.uniform(lo, hi) if self.gen else rng.standard_normal())
            return bool(rng.integers(0, 2))
        if value is None:
            if any(d is None for d in self.dims):
                raise SpecError(f"{self.name}: dynamic sizes need a case value")
            shape = tuple(self.dims)
        else:
            shape = () if value == "scalar" else tuple(int(s) for s in value.split("x"))
            if len(shape) != len(self.dims) or any(
                    d is not None and d != s for d, s in zip(self.dims, shape)):
                raise SpecError(f"{self.name}: sizes {value} do not fit "
                                f"{self.dims}")
        np_type = DTYPES[self.kind][0]
        if self.kind == "bool":
            return rng.integers(0, 2, size=shape).astype(np.bool_)
        if self.kind in ("i64", "i32"):
            lo, hi = self.range(-5, 5)
            return rng.integers(lo, hi + 1, size=shape).astype(np_type)
        if self.gen == "pos":
            return rng.uniform(0.1, 2.0, size=shape).astype(np_type)
        if self.gen:
            lo, hi = self.range(0, 0)
            return rng.uniform(lo, hi, size=shape).astype(np_type)
        return rng.standard_normal(size=shape).astype(np_type)

    def range(self, lo, hi):
        if not self.gen or self.gen == "pos":
            return (0.1, 2.0) if self.gen == "pos" else (lo, hi)
        m = re.fullmatch(r"(-?[\d.]+)\.\.(-?[\d.]+)", self.gen)
        if not m:
            raise SpecError(f"{self.name}: bad generator '{self.gen}'")
        conv = int if self.kind in ("int", "i64", "i32") else float
        return conv(m.group(1)), conv(m.group(2))


class Spec:
    def __init__(self, path):
        self.entry, self.inputs, self.cases = None, [], []
        self.flags, self.rtol, self.atol, self.seed = [], 1e-4, 1e-5, 0
        self.stdout = False
        with open(path) as f:
            for lineno, line in enumerate(f, 1):
                m = re.match(r"\s*#\s*E2E:\s*(\S+)\s*(.*?)\s*$", line)
                if not m:
                    continue
                key, rest = m.groups()
                try:
                    self.parse(key, rest)
                except SpecError as e:
                    raise SpecError(f"{path}:{lineno}: {e}")
        if not self.entry:
            raise SpecError(f"{path}: no '# E2E: entry NAME' line")
        if not self.cases:
            raise SpecError(f"{path}: no '# E2E: case' line")

    def parse(self, key, rest):
        if key == "entry":
            self.entry = rest.lstrip("=").strip()
        elif key == "input":
            name, _, ty = rest.partition(":")
            self.inputs.append(Input(name.strip(), ty))
        elif key == "case":
            error = None
            if "-> error:" in rest:
                rest, _, error = rest.partition("-> error:")
                error = error.strip()
            values = {}
            for item in rest.split():
                name, eq, value = item.partition("=")
                if not eq or name not in [i.name for i in self.inputs]:
                    raise SpecError(f"bad case item '{item}'")
                values[name] = value
            self.cases.append((values, error))
        elif key == "flags":
            self.flags += shlex.split(rest)
        elif key == "tol":
            for item in rest.split():
                name, _, value = item.partition("=")
                if name not in ("rtol", "atol"):
                    raise SpecError(f"bad tolerance '{item}'")
                setattr(self, name, float(value))
        elif key == "seed":
            self.seed = int(rest)
        elif key == "stdout":
            if rest:
                raise SpecError("'stdout' takes no value")
            self.stdout = True
        else:
            raise SpecError(f"unknown header key '{key}'")


def load_entry(path, entry):
    spec = importlib.util.spec_from_file_location("e2e_program", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fn = getattr(module, entry)
    if not isinstance(fn, torch.jit.ScriptFunction):
        fn = torch.jit.script(fn)
    return fn


def flatten(value):
    """PyTorch results as a list of numpy arrays (tuples/lists flattened)."""
    if isinstance(value, (tuple, list)):
        return [a for v in value for a in flatten(v)]
    if isinstance(value, torch.Tensor):
        return [value.detach().numpy().copy()]
    if isinstance(value, bool):
        return [np.array(value, dtype=np.bool_)]
    if isinstance(value, int):
        return [np.array(value, dtype=np.int64)]
    if isinstance(value, float):
        return [np.array(value, dtype=np.float64)]
    raise TypeError(f"unsupported result type {type(value).__name__}")


def compare(index, expected, got, rtol, atol):
    """An error message, or None when `got` matches `expected`."""
    where = f"output {index}"
    if got.dtype != expected.dtype:
        return f"{where}: dtype {got.dtype}, expected {expected.dtype}"
    if got.shape != expected.shape:
        return f"{where}: shape {got.shape}, expected {expected.shape}"
    if expected.dtype.kind == "f":
        same_special = np.array_equal(np.isnan(got), np.isnan(expected)) and \
            np.array_equal(np.where(np.isinf(expected), expected, 0),
                           np.where(np.isinf(got), got, 0))
        close = np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
        if same_special and close.all():
            return None
        bad = ~close
    else:
        bad = got != expected
        if not bad.any():
            return None
    idx = np.argwhere(bad) if bad.ndim else np.zeros((1, 0), dtype=int)
    lines = [f"{where}: {int(bad.sum())} of {bad.size} values differ "
             f"(rtol {rtol}, atol {atol}); first ones (index: tsc vs torch):"]
    for i in idx[:8]:
        i = tuple(i)
        lines.append(f"  {list(i)}: {got[i]!r} vs {expected[i]!r}")
    with np.printoptions(threshold=60, precision=6):
        lines.append(f"  tsc:   {got}")
        lines.append(f"  torch: {expected}")
    return "\n".join(lines)


def scalar_literal(inp, value):
    if inp.kind == "int":
        return f"i:{value}"
    if inp.kind == "float":
        return f"f:{value!r}"
    return f"b:{'true' if value else 'false'}"


def run(cmd, verbose):
    if verbose:
        print("$ " + " ".join(shlex.quote(c) for c in cmd), flush=True)
    return subprocess.run(cmd, capture_output=True, text=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program")
    parser.add_argument("--tsc", required=True)
    parser.add_argument("--tsc-run", required=True)
    parser.add_argument("--keep", help="keep the work files in this folder")
    parser.add_argument("--torch-only", action="store_true",
                        help="only check the test itself against PyTorch")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    try:
        spec = Spec(args.program)
        rng = np.random.default_rng(spec.seed)
        cases = []
        for values, error in spec.cases:
            drawn = [inp.draw(rng, values.get(inp.name)) for inp in spec.inputs]
            cases.append((values, drawn, error))
    except SpecError as e:
        print(f"e2e: error: {e}", file=sys.stderr)
        return 2

    torch.manual_seed(0)
    fn = load_entry(args.program, spec.entry)
    params = [a.name for a in fn.schema.arguments]
    if params != [i.name for i in spec.inputs]:
        print(f"e2e: error: the header's inputs {[i.name for i in spec.inputs]} "
              f"are not {spec.entry}'s parameters {params}", file=sys.stderr)
        return 2

    if args.torch_only:
        bad = 0
        for n, (values, drawn, error) in enumerate(cases):
            torch_args = [torch.from_numpy(v.copy()) if isinstance(v, np.ndarray)
                          else v for v in drawn]
            try:
                outs = flatten(fn(*torch_args))
                status = "ok: " + ", ".join(f"{o.dtype}{list(o.shape)}" for o in outs)
                if error is not None:
                    bad += 1
                    status = "FAIL: PyTorch did not raise"
            except Exception as e:
                status = f"raised {type(e).__name__}: {str(e).strip().splitlines()[-1]}"
                if error is None:
                    bad += 1
                    status = "FAIL: " + status
            print(f"case {n}: {status}")
        return 1 if bad else 0

    work = args.keep or tempfile.mkdtemp(prefix="tsc-e2e-")
    os.makedirs(work, exist_ok=True)
    try:
        return check(args, spec, fn, cases, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def check(args, spec, fn, cases, work):
    """Compiles the program into `work` and runs every case; the exit status."""
    so = os.path.join(work, spec.entry + ".so")
    cmd = [args.tsc, args.program, "--entry", spec.entry, "-o", so]
    for inp in spec.inputs:
        if not inp.scalar:
            cmd += ["--input-shape", inp.shape_flag(),
                    "--input-dtype", f"{inp.name}={DTYPES[inp.kind][1]}"]
    cmd += spec.flags
    r = run(cmd, args.verbose)
    if r.returncode != 0:
        print(f"FAIL: tsc exited with {r.returncode}\n$ {shlex.join(cmd)}\n"
              f"{r.stdout}{r.stderr}", file=sys.stderr)
        return 1

    failures = 0
    for n, (values, drawn, error) in enumerate(cases):
        label = "case %d (%s)" % (n, " ".join(f"{k}={v}" for k, v in values.items()))
        torch_args = [torch.from_numpy(v.copy()) if isinstance(v, np.ndarray) else v
                      for v in drawn]
        expected, torch_error = None, None
        # TorchScript's print writes to Python's sys.stdout.
        torch_stdout = io.StringIO()
        try:
            with contextlib.redirect_stdout(torch_stdout):
                expected = flatten(fn(*torch_args))
        except Exception as e:  # torch.jit.Error, RuntimeError, ...
            torch_error = e

        case_dir = os.path.join(work, f"case{n}")
        os.makedirs(case_dir, exist_ok=True)
        run_cmd = [args.tsc_run, so, "--entry", spec.entry]
        for i, (inp, v) in enumerate(zip(spec.inputs, drawn)):
            if inp.scalar:
                run_cmd.append(scalar_literal(inp, v))
            else:
                path = os.path.join(case_dir, f"in{i}.npy")
                np.save(path, v)
                run_cmd.append(path)
        out_dir = os.path.join(case_dir, "out")
        run_cmd += ["-o", out_dir]
        r = run(run_cmd, args.verbose)
        cmdline = "$ " + shlex.join(run_cmd)

        problems = []
        if spec.stdout and r.stdout != torch_stdout.getvalue():
            diff = difflib.unified_diff(
                torch_stdout.getvalue().splitlines(keepends=True),
                r.stdout.splitlines(keepends=True), "torch stdout", "tsc stdout")
            problems.append("stdout differs:\n" + "".join(diff).rstrip())
        if error is not None:
            if torch_error is None:
                problems.append("PyTorch did not raise (the test is wrong)")
            if r.returncode == 0:
                problems.append("tsc-run succeeded, expected an error matching "
                                f"'{error}'")
            elif not re.search(error, r.stderr):
                problems.append(f"tsc-run's error does not match '{error}':\n"
                                f"{r.stderr.strip()}")
            elif args.verbose:
                print(f"{label}: error as expected: {r.stderr.strip()}")
        elif torch_error is not None:
            problems.append(f"PyTorch raised (the test is wrong): {torch_error}")
        elif r.returncode != 0:
            problems.append(f"tsc-run exited with {r.returncode}:\n"
                            f"{r.stdout}{r.stderr}".rstrip())
        else:
            got = []
            while os.path.exists(os.path.join(out_dir, f"out{len(got)}.npy")):
                got.append(np.load(os.path.join(out_dir, f"out{len(got)}.npy")))
            if len(got) != len(expected):
                problems.append(f"{len(got)} outputs, expected {len(expected)}")
            for i, (e, g) in enumerate(zip(expected, got)):
                msg = compare(i, e, g, spec.rtol, spec.atol)
                if msg:
                    problems.append(msg)
        if problems:
            failures += 1
            print(f"FAIL: {label}\n{cmdline}", file=sys.stderr)
            for i, (inp, v) in enumerate(zip(spec.inputs, drawn)):
                if isinstance(v, np.ndarray):
                    with np.printoptions(threshold=40, precision=5):
                        print(f"  input {inp.name}: {v.dtype}{list(v.shape)} "
                              f"{v}", file=sys.stderr)
                else:
                    print(f"  input {inp.name}: {v!r}", file=sys.stderr)
            for p in problems:
                print(p, file=sys.stderr)
        elif args.verbose:
            print(f"ok: {label}")

    print(f"{len(cases) - failures} of {len(cases)} cases pass")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
