#!/bin/sh
# text_breakdown.sh INCLUDE_DIR FLAGS -- FILE.mig.c...: what migcc's user-code
# .text is made of. Each `.mig.c` (kept by `migcc -save-temps`) is compiled
# with clang-19 -O2 four times, removing one part of the instrumentation
# after the other, and the .text sums are printed:
#   full        as migcc compiles it
#   -rewind     the rewind dispatch at function entry made dead (if (0))
#   -aftercall  also the after-call state tests (and the unwind entries only
#               they reach)
#   -polls      also the poll points (and their unwind entries)
# What is left over clang's own build is hoisting, linearized calls and
# shadow frames. Descriptors and frame layouts are data, not .text.
set -eu
inc=$1 flags=$2
shift 3
cc=${CC:-clang-19}
size=$(command -v llvm-size-19 || command -v size)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
total() { "$size" -A "$@" | awk '$1 ~ /^\.text/ {s += $2} END {print s + 0}'; }
for v in full rewind aftercall polls; do
  objs=
  for f in "$@"; do
    b=$tmp/$(basename "$f" .mig.c).$v
    case $v in
      full) cp "$f" "$b.c" ;;
      *) sed 's/if (__builtin_expect(__mig_state != 0, 0)) { struct __mig_rf_/if (0) { struct __mig_rf_/' "$f" > "$b.c" ;;
    esac
    pre=
    case $v in
      aftercall) pre='-D__MIG_NO_AFTER_CALL' ;;
      polls) pre='-D__MIG_NO_AFTER_CALL -D__MIG_NO_POLL' ;;
    esac
    {
      echo '#include <mig/abi.h>'
      case $pre in *AFTER*) printf '#undef __MIG_AFTER_CALL\n#define __MIG_AFTER_CALL(k) do { if (0) goto __mig_unwind_##k; } while (0)\n' ;; esac
      case $pre in *POLL*) printf '#undef __MIG_POLL\n#define __MIG_POLL(k) if (0) { __mig_resume_##k: goto __mig_unwind_##k; }\n' ;; esac
      cat "$b.c"
    } > "$b.x.c"
    # shellcheck disable=SC2086
    $cc -O2 -w -c -I "$inc" $flags "$b.x.c" -o "$b.o"
    objs="$objs $b.o"
  done
  # shellcheck disable=SC2086
  echo "$v $(total $objs)"
done
