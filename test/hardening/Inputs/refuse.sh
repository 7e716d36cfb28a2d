#!/bin/sh
# refuse.sh PYTHON CKEDIT EXE CKPT OUT SNIPPET [VAR=VALUE...]
# Edit CKPT with SNIPPET into OUT, restore OUT with EXE (environment: the
# VAR=VALUE arguments). Passes when the restore exits 2 with exactly one
# line on stderr and no sanitizer report; prints that line on stdout.
python=$1 ckedit=$2 exe=$3 ckpt=$4 out=$5 snippet=$6
shift 6
key=
for a in "$@"; do case $a in MIG_KEY=*) key=${a#MIG_KEY=} ;; esac; done
if [ -n "$key" ]; then
  "$python" "$ckedit" "$ckpt" "$out" --key "$key" "$snippet" || exit 1
else
  "$python" "$ckedit" "$ckpt" "$out" "$snippet" || exit 1
fi
env MIG_RESTORE="$out" ASAN_OPTIONS=detect_leaks=0 "$@" "$exe" > /dev/null 2> "$out.err"
rc=$?
if [ $rc != 2 ] || [ "$(wc -l < "$out.err")" != 1 ] || grep -q "Sanitizer\|runtime error" "$out.err"; then
  echo "refuse.sh: $exe exited $rc on $out (expected 2 and one line):" >&2
  cat "$out.err" >&2
  exit 1
fi
cat "$out.err"
