#!/usr/bin/env bash
# build.sh - install dependencies (setup.sh) and build into build/; shared by
# run-tests.sh and run-main-job.sh. MIG_SKIP_SETUP=1 skips setup.sh;
# MIG_BUILD_DIR builds elsewhere than build/.
set -euo pipefail
cd "$(dirname "$0")"

if [[ ${MIG_SKIP_SETUP:-0} != 1 ]]; then
  ./setup.sh
fi
BUILD=${MIG_BUILD_DIR:-build}
configure=(-S . -B "$BUILD" -G Ninja)
if [[ ! -f $BUILD/CMakeCache.txt ]]; then
  # A fresh Debian 12 has no cc/c++ besides the clang-19 that setup.sh installs.
  configure+=(-DCMAKE_C_COMPILER="${CC:-clang-19}" -DCMAKE_CXX_COMPILER="${CXX:-clang++-19}")
fi
cmake "${configure[@]}"
cmake --build "$BUILD" -j2
