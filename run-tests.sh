#!/usr/bin/env bash
# run-tests.sh - install dependencies, build into build/, run every test.
#
# All tests go through CTest (one CTest test per lit suite in test/):
#   ./run-tests.sh                 everything
#   ./run-tests.sh -R lit-driver   arguments are passed to ctest
# MIG_SKIP_SETUP=1 skips the dependency check (setup.sh); MIG_BUILD_DIR
# builds elsewhere than build/.
set -euo pipefail
cd "$(dirname "$0")"

./build.sh
BUILD=${MIG_BUILD_DIR:-build}

ctest --test-dir "$BUILD" --output-on-failure "$@"
