#!/usr/bin/env bash
# Configures and builds tsc in build/ (Ninja, clang-22, lld, ccache).
# Usage: scripts/build.sh [ninja targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/tsc-ccache}"
# Paths relative to the checkout, so that clones in other folders (CI) hit
# the same cache entries.
export CCACHE_BASEDIR="$(pwd)"
export CCACHE_NOHASHDIR=1
BUILD_DIR="${TSC_BUILD_DIR:-build}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit >/dev/null
fi
ninja -C "$BUILD_DIR" "$@"
