#!/usr/bin/env bash
# check-migration.sh - behaviour half of a test/pp test.
#
#   check-migration.sh TOOL-OPTIONS [OPTIONS] SRC WORKDIR [-- PROGRAM-ARGS...]
#
# Tool options (lit.local.cfg passes them through %check-migration):
#   --mig-pp P --clang C --include DIR --lib-x86_64 DIR --lib-aarch64 DIR
#   --qemu "CMD ..." (empty: no AArch64 runs)
# Options:
#   --max-all N     stop at every poll point when there are at most N (default 40),
#                   else at --spread of them (default 24; first and last included)
#   --spread N
#   --aarch64-stops N   how many of those stops are also restored on AArch64 (default 8)
#   --pp-arg A      extra mig-pp argument (e.g. --poll=explicit), repeatable
#   --ref-src F     extra source linked into the plain clang reference build only
#                   (e.g. a mig_checkpoint() stub)
#   --min-polls N   fail unless the program reaches at least N poll points (default 1)
#   --gcc CMD       also compile mig-pp's output with CMD (gcc-12), see 5.
#
# Does:
#   1. reference: SRC built by plain `clang -O1`, run once (stdout, exit status);
#   2. SRC through `clang -E`, mig-pp, `clang -O1` + libmigrt for x86-64; the
#      uninterrupted run must print what the reference prints and exit alike;
#      MIG_STATS=1 gives the number of poll points P;
#   3. for each stop N: run with MIG_STOP_AT=N, expect exit 85 and a checkpoint,
#      restore it (MIG_RESTORE) on x86-64 and require stdout(stop)+stdout(restore)
#      == reference stdout and the reference's exit status;
#   4. if qemu and the AArch64 runtime exist: same build for AArch64, its
#      uninterrupted run must match, and some of the x86-64 checkpoints are
#      restored on AArch64 with the same requirement;
#   5. with --gcc: the x86-64 mig-pp output compiled by gcc; its run must
#      match and the x86-64 checkpoints of 4 are restored by it.
# Prints one line per case, then "check-migration: N passed, M failed".
# Exit status 0 iff nothing failed.
set -u

MIGPP= CLANG= INC= LIBX= LIBA= QEMU= GCC=
MAXALL=40 SPREAD=24 ASTOPS=8 MINPOLLS=1
PPARGS=() REFSRC=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --mig-pp) MIGPP=$2; shift 2 ;;
    --clang) CLANG=$2; shift 2 ;;
    --include) INC=$2; shift 2 ;;
    --lib-x86_64) LIBX=$2; shift 2 ;;
    --lib-aarch64) LIBA=$2; shift 2 ;;
    --qemu) QEMU=$2; shift 2 ;;
    --gcc) GCC=$2; shift 2 ;;
    --max-all) MAXALL=$2; shift 2 ;;
    --spread) SPREAD=$2; shift 2 ;;
    --aarch64-stops) ASTOPS=$2; shift 2 ;;
    --pp-arg) PPARGS+=("$2"); shift 2 ;;
    --ref-src) REFSRC+=("$2"); shift 2 ;;
    --min-polls) MINPOLLS=$2; shift 2 ;;
    --) break ;;
    -*) echo "check-migration: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[[ $# -ge 2 ]] || { echo "usage: check-migration.sh [OPTIONS] SRC WORKDIR [-- ARGS...]" >&2; exit 2; }
SRC=$1 W=$2; shift 2
[[ ${1:-} == -- ]] && shift
ARGS=("$@")
for v in MIGPP CLANG INC LIBX; do
  [[ -n ${!v} ]] || { echo "check-migration: missing tool option ($v)" >&2; exit 2; }
done

rm -rf "$W" && mkdir -p "$W" || exit 2
pass=0 fail=0
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

# run OUT-PREFIX CMD...: stdin /dev/null, no inherited MIG_*, 30 s limit;
# stdout in OUT.out, stderr in OUT.err, exit status in $rc.
run() {
  local o=$1; shift
  env -u MIG_STOP_AT -u MIG_CKPT -u MIG_RESTORE -u MIG_STATS -u MIG_INTERVAL -u MIG_STRICT \
    "${RUNENV[@]}" timeout 30 "$@" "${ARGS[@]}" </dev/null >"$o.out" 2>"$o.err"
  rc=$?
}
showdiff() { # expected actual
  diff "$1" "$2" | head -n 12 | sed 's/^/    /'
}
showerr() { head -n 8 "$1" | sed 's/^/    stderr: /'; }

# build ARCH: SRC -> $W/ARCH.i -> $W/ARCH.mig.c -> $W/ARCH (0 on success)
build() {
  local arch=$1 lib tflags=() ppt=()
  if [[ $arch == aarch64 ]]; then
    lib=$LIBA tflags=(--target=aarch64-linux-gnu) ppt=(-- --target=aarch64-linux-gnu)
  else
    lib=$LIBX
  fi
  "$CLANG" "${tflags[@]}" -E -I "$INC" "$SRC" -o "$W/$arch.i" 2>"$W/$arch.build.err" &&
  "$MIGPP" "$W/$arch.i" -o "$W/$arch.mig.c" "${PPARGS[@]}" "${ppt[@]}" 2>>"$W/$arch.build.err" &&
  "$CLANG" "${tflags[@]}" -O1 -w -I "$INC" "$W/$arch.mig.c" "$lib/libmigrt.a" -lpthread -lm \
    -o "$W/$arch" 2>>"$W/$arch.build.err"
}

# 1. reference
RUNENV=()
if ! "$CLANG" -O1 -w -I "$INC" "$SRC" "${REFSRC[@]}" -lm -o "$W/ref" 2>"$W/ref.build.err"; then
  echo "FAIL: reference build"; showerr "$W/ref.build.err"; exit 1
fi
run "$W/ref" "$W/ref"; refrc=$rc
echo "reference: exit $refrc, $(wc -l <"$W/ref.out") lines"

# 2. x86-64 build, uninterrupted runs
if ! build x86_64; then
  echo "FAIL: x86_64 build"; sed 's/^/    /' "$W/x86_64.build.err" | head -n 20; exit 1
fi
run "$W/x.plain" "$W/x86_64"
if [[ $rc == "$refrc" ]] && cmp -s "$W/ref.out" "$W/x.plain.out"; then ok "x86_64 uninterrupted"
else bad "x86_64 uninterrupted: exit $rc (reference $refrc)"; showdiff "$W/ref.out" "$W/x.plain.out"; showerr "$W/x.plain.err"; fi
RUNENV=(MIG_STATS=1)
run "$W/x.stats" "$W/x86_64"
RUNENV=()
polls=$(sed -n 's/^mig: polls=\([0-9]*\).*/\1/p' "$W/x.stats.err" | tail -n 1)
if [[ -z $polls ]]; then
  bad "MIG_STATS=1 printed no poll count"; showerr "$W/x.stats.err"; polls=0
elif [[ $rc == "$refrc" ]] && cmp -s "$W/ref.out" "$W/x.stats.out"; then ok "x86_64 MIG_STATS=1 run ($polls polls)"
else bad "x86_64 MIG_STATS=1 run: exit $rc"; showdiff "$W/ref.out" "$W/x.stats.out"; showerr "$W/x.stats.err"; fi
if (( polls < MINPOLLS )); then bad "only $polls poll points (expected at least $MINPOLLS)"; fi

# stop points
stops=()
if (( polls <= MAXALL )); then
  for ((i = 1; i <= polls; i++)); do stops+=("$i"); done
elif (( polls > 0 )); then
  for ((i = 0; i < SPREAD; i++)); do stops+=($((1 + i * (polls - 1) / (SPREAD - 1)))); done
  mapfile -t stops < <(printf '%s\n' "${stops[@]}" | sort -n -u)
fi
# a subset for AArch64: evenly spaced, first and last included
astops=()
ns=${#stops[@]}
if (( ns > 0 )); then
  if (( ns <= ASTOPS )); then astops=("${stops[@]}")
  else
    for ((i = 0; i < ASTOPS; i++)); do astops+=("${stops[$((i * (ns - 1) / (ASTOPS - 1)))]}"); done
    mapfile -t astops < <(printf '%s\n' "${astops[@]}" | sort -n -u)
  fi
fi

# restore_case FILEKEY TAG CKPT STOPOUT CMD...
restore_case() {
  local k=$W/$1 tag=$2 ck=$3 sout=$4; shift 4
  RUNENV=(MIG_RESTORE="$ck")
  run "$k" "$@"
  RUNENV=()
  cat "$sout" "$k.out" >"$k.all"
  if [[ $rc == "$refrc" ]] && cmp -s "$W/ref.out" "$k.all"; then ok "$tag"
  else bad "$tag: restored run exit $rc (reference $refrc), stdout(stop)+stdout(restore) vs reference:"
       showdiff "$W/ref.out" "$k.all"; showerr "$k.err"; fi
}

# 3. x86-64 -> x86-64
for n in "${stops[@]}"; do
  RUNENV=(MIG_STOP_AT="$n" MIG_CKPT="$W/ck.$n")
  run "$W/stop.$n" "$W/x86_64"
  RUNENV=()
  if [[ $rc != 85 || ! -s $W/ck.$n ]]; then
    bad "stop at $n/$polls: exit $rc (expected 85 and a checkpoint)"; showerr "$W/stop.$n.err"; continue
  fi
  restore_case "rx.$n" "x86_64->x86_64 stop $n/$polls" "$W/ck.$n" "$W/stop.$n.out" "$W/x86_64"
done

# 4. AArch64
if [[ -n $QEMU && -n $LIBA && -f $LIBA/libmigrt.a ]]; then
  if ! build aarch64; then
    bad "aarch64 build"; sed 's/^/    /' "$W/aarch64.build.err" | head -n 20
  else
    read -r -a QCMD <<<"$QEMU"
    run "$W/a.plain" "${QCMD[@]}" "$W/aarch64"
    if [[ $rc == "$refrc" ]] && cmp -s "$W/ref.out" "$W/a.plain.out"; then ok "aarch64 uninterrupted"
    else bad "aarch64 uninterrupted: exit $rc (reference $refrc)"; showdiff "$W/ref.out" "$W/a.plain.out"; showerr "$W/a.plain.err"; fi
    for n in "${astops[@]}"; do
      [[ -s $W/ck.$n ]] || continue
      restore_case "ra.$n" "x86_64->aarch64 stop $n/$polls" "$W/ck.$n" "$W/stop.$n.out" "${QCMD[@]}" "$W/aarch64"
    done
  fi
else
  echo "note: no qemu-aarch64 or AArch64 runtime: x86_64->aarch64 skipped"
fi

# 5. with --gcc: mig-pp's x86-64 output compiled by GCC too (it must be C that
#    gcc compiles without a warning under -Wall; for sources that include no system header, since a
#    clang-preprocessed glibc header is not GCC's); its uninterrupted run must
#    match, and the checkpoints of 4 (written by the clang build) are restored
#    by the gcc build.
if [[ -n $GCC ]]; then
  if ! "$GCC" -O1 -Wall -Werror -Wno-unused -Wno-main -I "$INC" "$W/x86_64.mig.c" "$LIBX/libmigrt.a" \
         -lpthread -lm -o "$W/gcc" 2>"$W/gcc.build.err"; then
    bad "gcc build"; sed 's/^/    /' "$W/gcc.build.err" | head -n 20
  else
    run "$W/g.plain" "$W/gcc"
    if [[ $rc == "$refrc" ]] && cmp -s "$W/ref.out" "$W/g.plain.out"; then ok "gcc uninterrupted"
    else bad "gcc uninterrupted: exit $rc (reference $refrc)"; showdiff "$W/ref.out" "$W/g.plain.out"; showerr "$W/g.plain.err"; fi
    for n in "${astops[@]}"; do
      [[ -s $W/ck.$n ]] || continue
      restore_case "rg.$n" "x86_64 clang->gcc stop $n/$polls" "$W/ck.$n" "$W/stop.$n.out" "$W/gcc"
    done
  fi
fi

echo "check-migration: $pass passed, $fail failed"
[[ $fail == 0 ]]
