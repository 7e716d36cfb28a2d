#!/usr/bin/env bash
# run-main-job.sh - install dependencies, build into build/, then show migcc
# at work:
#   1. samples/hello.c built for x86-64 and AArch64, both run (AArch64 under
#      qemu-user), outputs shown.
#   2. a real program: the Lua 5.4 interpreter (its upstream sources from
#      Debian's source archive, scripts/debian-source), built unchanged with
#      its own Makefile and CC=migcc for both architectures, runs
#      samples/lua/life.lua; a run on x86-64 is stopped part-way (at poll
#      point N, MIG_STOP_AT=N: checkpoint written, exit 85) and the AArch64
#      build resumes it from that checkpoint (MIG_RESTORE=file); the output
#      of the two halves together must equal the uninterrupted run's.
#      Without network access to Debian's archive the same is shown with
#      samples/migrate_demo.c instead.
# Environment: STOP_PERCENT (where to stop, in percent of the run's poll
# points, default 45), MIG_SKIP_SETUP=1 (skip setup.sh), MIG_BUILD_DIR
# (default build/).
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
STOP_PERCENT=${STOP_PERCENT:-45}
# build_lua ARCH MIGCC-ARGS...: Lua's own Makefile, only CC changed.
build_lua() {
  local arch=$1; shift
  rm -rf "$OUT/lua-$arch" && cp -r "$LUA_SRC" "$OUT/lua-$arch"
  if ! make -s -j2 -C "$OUT/lua-$arch/src" linux ALL=lua CC="$*" \
       AR="llvm-ar-19 rcu" RANLIB=llvm-ranlib-19 > "$OUT/lua-$arch.build.log" 2>&1; then
    tail -n 20 "$OUT/lua-$arch.build.log" >&2
    echo "FAIL: Lua did not build with migcc for $arch" >&2
    exit 1
  fi
}
if LUA_SRC=$(scripts/debian-source lua5.4 2>"$OUT/debian-source.err" | tail -n 1) && [[ -d $LUA_SRC ]]; then
  NAME="Lua 5.4 running samples/lua/life.lua"
  say "Lua 5.4 ($LUA_SRC) built by its own Makefile with CC='migcc' and CC='migcc --target=aarch64-linux-gnu'"
  build_lua x86_64 "$(realpath "$MIGCC")"
  build_lua aarch64 "$(realpath "$MIGCC")" --target=aarch64-linux-gnu
  X86=("$OUT/lua-x86_64/src/lua" samples/lua/life.lua)
  ARM=("${QEMU[@]}" "$OUT/lua-aarch64/src/lua" samples/lua/life.lua)
else
  say "Lua's source is not available ($(tail -n 1 "$OUT/debian-source.err")): showing samples/migrate_demo.c"
  NAME="samples/migrate_demo.c"
  "$MIGCC" -O2 samples/migrate_demo.c -o "$OUT/demo.x86_64"
  "$MIGCC" -O2 --target=aarch64-linux-gnu samples/migrate_demo.c -o "$OUT/demo.aarch64"
  X86=("$OUT/demo.x86_64" 40)
  ARM=("${QEMU[@]}" "$OUT/demo.aarch64" 40)
fi
CKPT="$OUT/run.ckpt"

say "reference: $NAME, uninterrupted, on x86-64 and on AArch64"
MIG_STATS=1 "${X86[@]}" > "$OUT/reference.out" 2> "$OUT/reference.err"
"${ARM[@]}" > "$OUT/reference.aarch64.out"
head -n 3 "$OUT/reference.out" | sed 's/^/   | /'
echo "   ... ($(wc -l < "$OUT/reference.out") lines)"
if ! cmp -s "$OUT/reference.out" "$OUT/reference.aarch64.out"; then
  echo "FAIL: the output differs between the architectures" >&2
  exit 1
fi
echo "   same output on both architectures"
POLLS=$(sed -n 's/^mig: polls=\([0-9]*\).*/\1/p' "$OUT/reference.err")
STOP_AT=$(( POLLS * STOP_PERCENT / 100 ))
[[ $STOP_AT -ge 1 ]] || STOP_AT=1

say "x86-64: stop at poll point $STOP_AT of $POLLS (MIG_STOP_AT=$STOP_AT MIG_CKPT=$CKPT)"
set +e
MIG_STOP_AT=$STOP_AT MIG_CKPT=$CKPT "${X86[@]}" > "$OUT/part1.out"
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
MIG_RESTORE=$CKPT "${ARM[@]}" > "$OUT/part2.out"
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
