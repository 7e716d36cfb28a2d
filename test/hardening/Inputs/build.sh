#!/bin/sh
# build.sh MIGCC ASAN_LIB SRC OUT [flags]: OUT.plain with the plain runtime,
# OUT.asan with ASan+UBSan and the sanitizer runtime (when ASAN_LIB exists;
# else a copy of OUT.plain, so the tests still run twice).
set -e
migcc=$1 asan=$2 src=$3 out=$4
shift 4
"$migcc" -O1 -g "$src" -o "$out.plain" -lpthread "$@"
if [ -f "$asan" ]; then
  "$migcc" -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
    --mig-runtime="$asan" "$src" -o "$out.asan" -lpthread "$@"
else
  cp "$out.plain" "$out.asan"
fi
