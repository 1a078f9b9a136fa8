#!/usr/bin/env bash
# Installs the dependencies, builds tsc and runs it on the bundled example:
# prints the TorchScript graph of examples/loop.py.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh tsc
build/bin/tsc examples/loop.py --emit=graph
