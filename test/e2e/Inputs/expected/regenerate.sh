#!/bin/sh
# Regenerates the expected outputs of samples/*.c (and of samples/*/, a
# program of several files) from plain clang-19 builds
# (mig_checkpoint() stubbed to return 0, i.e. "continued"). x86-64 and
# AArch64 builds print the same; the e2e tests require the uninterrupted
# migcc builds to print exactly this too.
set -e
cd "$(dirname "$0")"
root=../../../..
tmp=$(mktemp -d)
echo 'int mig_checkpoint(void) { return 0; }' > "$tmp/stub.c"
for f in *.out; do
  b=${f%.out}
  if [ -d "$root/samples/$b" ]; then src="$root/samples/$b/"*.c; else src="$root/samples/$b.c"; fi
  # shellcheck disable=SC2086 # $src is a glob of a sample's files
  clang-19 -std=c11 -O2 -I"$root/runtime/include" $src "$tmp/stub.c" -o "$tmp/$b"
  "$tmp/$b" > "$f"
done
rm -rf "$tmp"
