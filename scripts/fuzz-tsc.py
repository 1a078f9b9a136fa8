#!/usr/bin/env python3
"""Mutation fuzzing of tsc on TorchScript sources: looks for crashes and hangs.

    scripts/fuzz-tsc.py --tsc build/bin/tsc [--seconds 600] [--out fuzz-out]
                        [--seed N] [--stage linalg|llvm|so] SEED_FILES...

Each round takes a seed file (by default every .py under test/), mutates it
(deletes, duplicates or swaps lines and tokens, truncates, flips bytes,
splices in lines of another seed, swaps operators and names), and compiles
it. tsc may reject the input, but only with exit status 1 and a diagnostic:
a signal, another status, an LLVM/MLIR crash banner, or a run past the
timeout is a finding, saved under --out with the command that reproduces it.
Exit status 1 when something was found.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import time

CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump", "LLVM ERROR",
                 "Assertion", "UNREACHABLE", "Segmentation fault")
TOKENS = ["(", ")", "[", "]", ":", ",", "=", "+", "-", "*", "/", "//", "%",
          "**", "@", "<", ">", "==", "!=", "not", "and", "or", "is", "None",
          "if", "else", "for", "while", "in", "return", "break", "continue",
          "x", "y", "0", "1", "-1", "2.5", "True", "\"s\"", "torch.zeros(2)",
          "x.size(0)", "[]", "()", "List[int]", "Optional[int]", "lambda",
          "\n", "\n    ", "    ", "\\\n", "#", "'", "\"\"\"", "\t", "\x00",
          "\xff", "x.view(-1)", "torch.cat([x, x], 0)", "len(x)", "*x"]


def mutate(rng, text, seeds):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(9)
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif kind == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == 3:
            other = rng.choice(seeds).split("\n")
            lines.insert(i, rng.choice(other))
        elif kind == 4:
            line = lines[i]
            k = rng.randint(0, len(line))
            lines[i] = line[:k] + rng.choice(TOKENS) + line[k:]
        elif kind == 5:
            line = lines[i]
            if line:
                a = rng.randrange(len(line))
                b = min(len(line), a + rng.randint(1, 8))
                lines[i] = line[:a] + line[b:]
        elif kind == 6:
            words = re.findall(r"\w+|\S", lines[i])
            if words:
                w = rng.choice(words)
                lines[i] = lines[i].replace(w, rng.choice(TOKENS), 1)
        elif kind == 7:
            # Deep nesting.
            depth = rng.choice([50, 200, 1000])
            lines.insert(i, "    return " + "(" * depth + "1" + ")" * depth)
        else:
            text = "\n".join(lines)
            return text[:rng.randint(0, len(text))]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsc", required=True)
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--out", default="fuzz-out")
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--stage", default="linalg", choices=["ts", "linalg", "llvm", "so"])
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = []
    for f in args.files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            seeds.append(fh.read())
    os.makedirs(args.out, exist_ok=True)
    work = os.path.join(args.out, "current.py")
    deadline = time.time() + args.seconds
    rounds = findings = 0
    while time.time() < deadline:
        rounds += 1
        text = mutate(rng, rng.choice(seeds), seeds)
        with open(work, "w", encoding="utf-8", errors="replace") as fh:
            fh.write(text)
        if args.stage == "so":
            cmd = [args.tsc, work, "-o", os.path.join(args.out, "current.so")]
        else:
            cmd = [args.tsc, work, "--emit=mlir", "--emit-stage=" + args.stage,
                   "-o", os.devnull]
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=args.timeout)
            out = p.stderr.decode("utf-8", "replace")
            bad = (p.returncode not in (0, 1) or
                   any(m in out for m in CRASH_MARKERS) or
                   (p.returncode == 1 and "error" not in out))
            why = "exit %d" % p.returncode
        except subprocess.TimeoutExpired:
            bad, why, out = True, "timeout", ""
        except OSError as e:  # tsc being rebuilt: try again
            print("fuzz: cannot run tsc: %s" % e, file=sys.stderr)
            time.sleep(1)
            continue
        if bad:
            findings += 1
            path = os.path.join(args.out, "finding-%d.py" % findings)
            with open(path, "w", encoding="utf-8", errors="replace") as fh:
                fh.write(text)
            print("%s: %s\n%s" % (path, why, out[-2000:]), flush=True)
    print("fuzz: %d rounds, %d findings (seed %d)" % (rounds, findings, args.seed))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
