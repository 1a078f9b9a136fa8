#!/usr/bin/env bash
# Installs what tsc needs to build and test on Debian 12 (bookworm). LLVM/MLIR
# 22 come from Debian's bookworm-security suite.
set -euo pipefail

PACKAGES=(
  cmake ninja-build ccache clang-22 lld-22
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools liblld-22-dev
  libcli11-dev libspdlog-dev catch2 libdlpack-dev libzip-dev
  # Test oracle: PyTorch from Debian, run with /usr/bin/python3.
  python3-torch python3-numpy
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
