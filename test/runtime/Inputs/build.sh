#!/bin/sh
# build.sh CLANG INCLUDE LIB_X86_64 LIB_AARCH64 SRC OUT [CFLAGS...]
# Compile a hand-transformed test program for x86-64 and AArch64 and link it
# with libmigrt: OUT.x86_64, OUT.aarch64.
set -e
clang=$1 inc=$2 libx=$3 liba=$4 src=$5 out=$6
shift 6
"$clang" --target=x86_64-linux-gnu -O2 -g -I"$inc" "$@" "$src" "$libx/libmigrt.a" -o "$out.x86_64"
"$clang" --target=aarch64-linux-gnu -O2 -g -I"$inc" "$@" "$src" "$liba/libmigrt.a" -o "$out.aarch64"
