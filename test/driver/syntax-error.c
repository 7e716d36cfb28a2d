// A compile error is reported at the user's file and line, never at a
// temporary file of the driver (all of which live under $TMPDIR).
// RUN: rm -rf %t.tmp && mkdir -p %t.tmp
// RUN: env TMPDIR=%t.tmp %not %migcc %s -o %t 2> %t.err
// RUN: %FileCheck %s --input-file=%t.err --implicit-check-not=%basename_t.tmp --implicit-check-not=.mig.c --implicit-check-not=.i:
// The private temporary directory is removed even when compilation fails.
// RUN: find %t.tmp -mindepth 1 | count 0
// Same with -c.
// RUN: env TMPDIR=%t.tmp %not %migcc -c %s -o %t.o 2>&1 | %FileCheck %s --implicit-check-not=%basename_t.tmp
// RUN: find %t.tmp -mindepth 1 | count 0

int main(void) {
  int x = 1
// CHECK: syntax-error.c:[[@LINE-1]]:{{[0-9]+}}: error: expected ';'
  return x;
}
