#!/bin/sh
# migrate-all.sh "RUN_AARCH64" PREFIX "N1 N2 ..." [ARGS...]
# For every stop point N and every direction FROM->TO over x86_64/aarch64:
# run PREFIX.FROM with MIG_STOP_AT=N (expect exit 85), restore with
# PREFIX.TO, and check that the two stdouts concatenated are byte-identical
# to an uninterrupted run of PREFIX.x86_64 (which must equal the AArch64
# one). Prints one PASS/FAIL line per case; exits 1 if any case failed.
run_aarch64=$1 prefix=$2 stops=$3
shift 3
dir=$(mktemp -d "${TMPDIR:-/tmp}/migrate.XXXXXX")
trap 'rm -rf "$dir"' EXIT
run() { # run ARCH ARGS... (environment from the caller)
  arch=$1
  shift
  if [ "$arch" = aarch64 ]; then $run_aarch64 "$prefix.aarch64" "$@"; else "$prefix.x86_64" "$@"; fi
}
unset MIG_CKPT MIG_RESTORE MIG_STOP_AT MIG_STATS MIG_INTERVAL
run x86_64 "$@" > "$dir/ref" </dev/null || { echo "FAIL reference run"; exit 1; }
run aarch64 "$@" > "$dir/ref.a" </dev/null || { echo "FAIL reference run (aarch64)"; exit 1; }
cmp -s "$dir/ref" "$dir/ref.a" || { echo "FAIL x86_64 and aarch64 outputs differ"; exit 1; }
failed=0
for n in $stops; do
  for from in x86_64 aarch64; do
    for to in x86_64 aarch64; do
      rm -f "$dir/ck.mig"
      MIG_CKPT="$dir/ck.mig" MIG_STOP_AT=$n run $from "$@" > "$dir/out1" 2> "$dir/err1" </dev/null
      rc1=$?
      MIG_RESTORE="$dir/ck.mig" run $to > "$dir/out2" 2> "$dir/err2" </dev/null
      rc2=$?
      if [ $rc1 = 85 ] && [ $rc2 = 0 ] && cat "$dir/out1" "$dir/out2" | cmp -s - "$dir/ref"; then
        echo "PASS $from->$to N=$n"
      else
        echo "FAIL $from->$to N=$n (exit $rc1, $rc2)"
        cat "$dir/err1" "$dir/err2" | head -5
        failed=1
      fi
    done
  done
done
exit $failed
