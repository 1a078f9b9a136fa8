#!/usr/bin/env bash
# Installs the dependencies, builds tsc and runs it on the bundled example
# (examples/loop.py): prints its TorchScript graph, compiles it to a shared
# library with its C header, and runs it with tsc-run on the input 12.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh tsc tsc-run
out=$(mktemp -d)
build/bin/tsc examples/loop.py --emit=graph
build/bin/tsc examples/loop.py -o "$out/loop.so" --emit-header "$out/loop.h"
echo "compiled $out/loop.so ($(stat -c %s "$out/loop.so") bytes) and $out/loop.h"
build/bin/tsc-run "$out/loop.so" i:12 -o "$out/results"
echo "foo(12) ="
/usr/bin/python3 -c "import numpy; print(numpy.load('$out/results/out0.npy'))"
