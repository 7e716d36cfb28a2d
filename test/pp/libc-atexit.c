// Handlers registered with atexit() and on_exit() before a checkpoint run
// when the restored program exits, in the same reverse order, with on_exit's
// argument re-based (runtime/src/state_atexit.c; mig-pp rewrites the calls,
// LibcCalls.h). Before, the restored process ran none of them. Output equal
// to plain clang's on x86-64 and AArch64 at every stop.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 60 %s %t.d
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>

static long total;
static long spin(long n) { // polls
  long s = 0;
  for (long i = 0; i < n; i++)
    s += i * i % 7;
  return s;
}
static void first(void) { printf("first handler, total %ld\n", total); }
static void second(void) { printf("second handler\n"); }
static void with_arg(int status, void *arg) {
  printf("on_exit status %d, note '%s'\n", status, (const char *)arg);
}

int main(void) {
  static char note[32] = "kept in a static";
  // CHECK: __mig_atexit(first)
  atexit(first);
  for (int r = 0; r < 2; r++) // polls
    total += spin(10);
  // CHECK: __mig_on_exit(with_arg, {{.*}}note)
  on_exit(with_arg, note);
  for (int r = 0; r < 2; r++) // polls
    total += spin(20);
  atexit(second);
  for (int r = 0; r < 2; r++) // polls
    total += spin(10);
  printf("main returns, total %ld\n", total);
  return 3;
}
