// A va_list live across poll points (va_arg inside the loop, around a call
// that reaches a poll point): a va_list cannot be migrated. mig-pp accepts the
// program; a checkpoint asked for while sum_ints is on the stack is refused,
// with one message naming the function and variable, and the request is kept
// (runtime/src/poll.c): it is taken at a later safe point, once the va_list is
// no longer live (here, in main's loop). check-migration stops at every poll
// point (those inside sum_ints included) and restores on x86-64 and on
// AArch64 (a va_list local is in the shadow frame on every target, so the
// two builds have the same frames and program fingerprint).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %clang -O1 -w -I %mig-include %t.mig.c %mig-lib-x86_64/libmigrt.a -lpthread -lm -o %t
// RUN: env MIG_STOP_AT=3 MIG_CKPT=%t.ck %t >%t.out 2>%t.err; test $? = 85
// RUN: %FileCheck %s --check-prefix=ERR --input-file %t.err
// RUN: env MIG_RESTORE=%t.ck %t >>%t.out
// RUN: %FileCheck %s --check-prefix=OUT --input-file %t.out
// RUN: %check-migration %s %t.d
// OUT: 10
// OUT-NEXT: after 0
// OUT-NEXT: after 1
// OUT-NEXT: after 2
// ERR: mig: checkpoint refused: {{.*}}variadic-valist-live.c:sum_ints: variable ap has type va_list, which cannot be migrated
// ERR-NOT: refused
#include <stdarg.h>
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-LABEL: static int sum_ints(int n, ...) {
// CHECK-SAME: va_list ap;
static int sum_ints(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += tick(va_arg(ap, int));
  va_end(ap);
  return s;
}

int main(void) {
  printf("%d\n", sum_ints(4, 1, 2, 3, 4));
  for (int i = 0; i < 3; i++)
    printf("after %d\n", tick(i));
  return 0;
}
