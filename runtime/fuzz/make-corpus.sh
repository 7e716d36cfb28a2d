#!/bin/sh
# make-corpus.sh BUILD_DIR - regenerate the reader fuzzer's seed corpus
# (runtime/fuzz/corpus/*.mig) after a change of the checkpoint format: small
# real checkpoints of a hand-transformed program and of migcc-built samples,
# x86-64 and AArch64 senders, with and without threads. Needs qemu-aarch64.
set -eu
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
qemu="qemu-aarch64 -L /usr/aarch64-linux-gnu"

sh "$root/test/runtime/Inputs/build.sh" clang-19 "$build/include" \
  "$build/lib/x86_64-linux-gnu" "$build/lib/aarch64-linux-gnu" \
  "$root/test/runtime/Inputs/spin.c" "$tmp/spin"
MIG_CKPT=$tmp/seed1.mig "$tmp/spin.x86_64" 1000 500 > /dev/null
MIG_CKPT=$tmp/seed2.mig $qemu "$tmp/spin.aarch64" 1000 500 > /dev/null
MIG_KEY=fuzz-key MIG_CKPT=$tmp/seed6.mig "$tmp/spin.x86_64" 1000 500 > /dev/null

"$build/bin/migcc" -O1 "$root/samples/globals_statics.c" -o "$tmp/gs"
MIG_STOP_AT=20 MIG_CKPT=$tmp/seed3.mig "$tmp/gs" > /dev/null || test $? -eq 85
"$build/bin/migcc" -O1 "$root/samples/threads_tls.c" -o "$tmp/tt"
MIG_STOP_AT=30 MIG_CKPT=$tmp/seed4.mig "$tmp/tt" > /dev/null || test $? -eq 85
"$build/bin/migcc" -O1 --target=aarch64-linux-gnu "$root/samples/tagged_values.c" -o "$tmp/tv"
MIG_STOP_AT=40 MIG_CKPT=$tmp/seed5.mig $qemu "$tmp/tv" > /dev/null || test $? -eq 85

rm -f "$here"/corpus/*.mig
for f in "$tmp"/seed*.mig; do
  test -s "$f"
  cp "$f" "$here/corpus/"
done
ls -l "$here/corpus"
