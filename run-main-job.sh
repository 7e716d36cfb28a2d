#!/usr/bin/env bash
# run-main-job.sh - install dependencies, build into build/, then show migcc
# at work:
#   1. samples/hello.c built for x86-64 and AArch64, both run (AArch64 under
#      qemu-user), outputs shown.
#   2. the migration demo, samples/migrate_demo.c: uninterrupted runs on
#      both architectures; then a run on x86-64 stopped at poll point N (MIG_STOP_AT=N)
#      that writes a checkpoint and exits 85, resumed from that checkpoint by
#      the AArch64 build (MIG_RESTORE=file); the output of the two halves
#      together must equal the uninterrupted run's.
# Environment: STOP_AT (poll to stop at, default 400), STEPS (default 40),
# MIG_SKIP_SETUP=1 (skip setup.sh), MIG_BUILD_DIR (default build/).
set -euo pipefail
cd "$(dirname "$0")"

./build.sh
BUILD=${MIG_BUILD_DIR:-build}

# Runtime settings from the caller's environment must not change the demo.
for v in $(compgen -e | grep '^MIG_' || true); do unset "$v"; done

MIGCC=$BUILD/bin/migcc
QEMU=(qemu-aarch64 -L /usr/aarch64-linux-gnu)
OUT=$BUILD/main-job
rm -rf "$OUT" && mkdir -p "$OUT"

say() { printf '\n== %s\n' "$*"; }
show() { sed 's/^/   | /' "$1"; }

#--- 1. hello, both architectures -------------------------------------------
say "migcc samples/hello.c for x86_64-linux-gnu and aarch64-linux-gnu"
"$MIGCC" -O2 samples/hello.c -o "$OUT/hello.x86_64"
"$MIGCC" -O2 --target=aarch64-linux-gnu samples/hello.c -o "$OUT/hello.aarch64"
say "run on x86-64: $OUT/hello.x86_64 one 'two words'"
"$OUT/hello.x86_64" one 'two words' > "$OUT/hello.x86_64.out"
show "$OUT/hello.x86_64.out"
say "run on AArch64 (qemu): $OUT/hello.aarch64 one 'two words'"
"${QEMU[@]}" "$OUT/hello.aarch64" one 'two words' > "$OUT/hello.aarch64.out"
show "$OUT/hello.aarch64.out"
if ! diff <(grep -v 'hello from' "$OUT/hello.x86_64.out") \
          <(grep -v 'hello from' "$OUT/hello.aarch64.out") > /dev/null; then
  echo "FAIL: hello computed different results on the two architectures" >&2
  exit 1
fi
echo "   same results on both architectures"

#--- 2. migration x86-64 -> AArch64 -----------------------------------------
DEMO=samples/migrate_demo.c
if [[ ! -f $DEMO ]]; then
  say "no $DEMO: migration demo skipped"
  exit 0
fi
STEPS=${STEPS:-40}
STOP_AT=${STOP_AT:-400}
CKPT="$OUT/demo.ckpt"

say "migcc $DEMO for both architectures"
"$MIGCC" -O2 "$DEMO" -o "$OUT/demo.x86_64"
"$MIGCC" -O2 --target=aarch64-linux-gnu "$DEMO" -o "$OUT/demo.aarch64"

say "reference: uninterrupted runs on x86-64 and AArch64 ($STEPS steps)"
"$OUT/demo.x86_64" "$STEPS" > "$OUT/reference.out"
"${QEMU[@]}" "$OUT/demo.aarch64" "$STEPS" > "$OUT/reference.aarch64.out"
tail -n 2 "$OUT/reference.out" | sed 's/^/   | /'
if ! cmp -s "$OUT/reference.out" "$OUT/reference.aarch64.out"; then
  echo "FAIL: the demo's output differs between the architectures" >&2
  exit 1
fi
echo "   same output on both architectures"

say "x86-64: stop at poll point $STOP_AT (MIG_STOP_AT=$STOP_AT MIG_CKPT=$CKPT)"
set +e
MIG_STOP_AT=$STOP_AT MIG_CKPT=$CKPT "$OUT/demo.x86_64" "$STEPS" > "$OUT/part1.out"
rc=$?
set -e
tail -n 3 "$OUT/part1.out" | sed 's/^/   | /'
echo "   exit status $rc"
if [[ $rc -ne 85 || ! -s $CKPT ]]; then
  echo "FAIL: no checkpoint written (exit status $rc, expected 85)" >&2
  exit 1
fi
say "the checkpoint (migdump --summary $CKPT)"
"$BUILD"/bin/migdump --summary "$CKPT" | sed 's/^/   : /'

say "AArch64 (qemu): resume from the checkpoint (MIG_RESTORE=$CKPT)"
MIG_RESTORE=$CKPT "${QEMU[@]}" "$OUT/demo.aarch64" "$STEPS" > "$OUT/part2.out"
head -n 2 "$OUT/part2.out" | sed 's/^/   | /'
echo "   ..."
tail -n 2 "$OUT/part2.out" | sed 's/^/   | /'

cat "$OUT/part1.out" "$OUT/part2.out" > "$OUT/migrated.out"
say "compare: x86-64 part + AArch64 part vs. uninterrupted x86-64 run"
if diff -u "$OUT/reference.out" "$OUT/migrated.out"; then
  echo "   outputs match: $(wc -l < "$OUT/part1.out") lines on x86-64," \
       "$(wc -l < "$OUT/part2.out") lines on AArch64"
else
  echo "FAIL: the migrated run's output differs from the reference" >&2
  exit 1
fi
