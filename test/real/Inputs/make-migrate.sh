#!/usr/bin/env bash
# make-migrate.sh - build a real program with its own Makefile and CC=migcc
# for x86-64 and AArch64, then stop one run at several poll points and
# restore each checkpoint on x86-64 and on AArch64 (qemu): stdout of the
# stopped run + stdout of the restored run must be the uninterrupted run's,
# and so must the files named by --compare (byte-identical).
#
#   make-migrate.sh --migcc M --run-aarch64 "CMD" --src DIR --work DIR
#       --make "ARGS" --exe PATH --stops "N1 N2 ..." [--compare FILE]...
#       [--setup "SHELL"] [--to "x86_64 aarch64"] -- PROGRAM-ARGS...
# --stops: fractions of the poll count in percent (e.g. "10 50 90").
# The program runs in --work/run-<case> (--setup runs there first); paths
# in PROGRAM-ARGS are relative to it.
set -u
MIGCC= RUNA= SRC= WORK= MAKEARGS= EXE= STOPS= SETUP=: TO="x86_64 aarch64"
CMP=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --migcc) MIGCC=$2; shift 2 ;;
    --run-aarch64) RUNA=$2; shift 2 ;;
    --src) SRC=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --make) MAKEARGS=$2; shift 2 ;;
    --exe) EXE=$2; shift 2 ;;
    --stops) STOPS=$2; shift 2 ;;
    --compare) CMP+=("$2"); shift 2 ;;
    --setup) SETUP=$2; shift 2 ;;
    --to) TO=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "make-migrate: unknown option $1" >&2; exit 2 ;;
  esac
done
rm -rf "$WORK"; mkdir -p "$WORK"
fail=0 pass=0
build() { # arch cc
  rm -rf "$WORK/$1"; cp -r "$SRC" "$WORK/$1"
  if ! nice make -j2 -C "$WORK/$1" $MAKEARGS CC="$2" AR="llvm-ar-19 rcu" RANLIB="llvm-ranlib-19" \
      > "$WORK/$1.build.log" 2>&1; then
    echo "FAIL: build for $1"; tail -20 "$WORK/$1.build.log"; exit 1
  fi
}
build x86_64 "$MIGCC"
A64=; [[ " $TO " == *" aarch64 "* ]] && A64=1
[[ -n $A64 ]] && build aarch64 "$MIGCC --target=aarch64-linux-gnu"
runner() { [[ $1 == aarch64 ]] && echo "$RUNA" || true; }
# run ARCH CASE ENV...: runs the program in $WORK/run-CASE, stdout to CASE.out
run() {
  local arch=$1 case=$2; shift 2
  mkdir -p "$WORK/run-$case"
  (cd "$WORK/run-$case" && env -u MIG_STOP_AT -u MIG_RESTORE "$@" \
     timeout 600 $(runner $arch) "$WORK/$arch/$EXE" "${ARGS[@]}" \
     > "$WORK/$case.out" 2> "$WORK/$case.err" < /dev/null)
}
ARGS=("$@")
mkdir -p "$WORK/run-ref"; (cd "$WORK/run-ref" && eval "$SETUP")
run x86_64 ref MIG_STATS=1; st=$?
polls=$(sed -n 's/^mig: polls=\([0-9]*\).*/\1/p' "$WORK/ref.err")
[[ $st -eq 0 && -n $polls ]] || { echo "FAIL: reference run (status $st)"; cat "$WORK/ref.err"; exit 1; }
if [[ -n $A64 ]]; then
  mkdir -p "$WORK/run-ref64"; (cd "$WORK/run-ref64" && eval "$SETUP")
  run aarch64 ref64
  cmp -s "$WORK/ref.out" "$WORK/ref64.out" || { echo "FAIL: AArch64 run differs"; fail=1; }
fi
echo "reference: $polls polls"
for pct in $STOPS; do
  n=$((polls * pct / 100)); [[ $n -ge 1 ]] || n=1
  for to in $TO; do
    c="stop$n-$to"
    mkdir -p "$WORK/run-$c"; (cd "$WORK/run-$c" && eval "$SETUP")
    run x86_64 "$c" MIG_STOP_AT=$n MIG_CKPT="$WORK/$c.mig"; st=$?
    if [[ $st -ne 85 ]]; then
      echo "FAIL: $c: stop status $st"; cat "$WORK/$c.err"; fail=$((fail + 1)); continue
    fi
    mv "$WORK/$c.out" "$WORK/$c.out1"
    run $to "$c" MIG_RESTORE="$WORK/$c.mig"; st=$?
    cat "$WORK/$c.out1" "$WORK/$c.out" > "$WORK/$c.all"
    why=
    [[ $st -eq 0 ]] || why="restore status $st: $(head -3 "$WORK/$c.err")"
    cmp -s "$WORK/ref.out" "$WORK/$c.all" || why="$why output differs: $(diff "$WORK/ref.out" "$WORK/$c.all" | head -5)"
    for f in "${CMP[@]}"; do
      cmp -s "$WORK/run-ref/$f" "$WORK/run-$c/$f" || why="$why $f differs"
    done
    if [[ -n $why ]]; then echo "FAIL: $c: $why"; fail=$((fail + 1))
    else echo "PASS: $c"; pass=$((pass + 1)); fi
  done
done
echo "make-migrate: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
