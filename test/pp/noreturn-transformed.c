// A _Noreturn (or noreturn-attributed) function with poll points returns to
// its caller while unwinding: mig-pp drops the promise from every
// declaration of a transformed function (issue 13), else the caller's code
// after the call is gone and the first checkpoint crashes.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>
#include <stdlib.h>
// CHECK-NOT: _Noreturn
// CHECK-NOT: noreturn)) static

// CHECK: {{^}} static void finish(int n);
_Noreturn static void finish(int n);
// CHECK: {{^}}__attribute__((__cold__)) static void fail(const char *why);
__attribute__((noreturn)) static void fail(const char *why);

static void finish(int n) {
  long s = 0;
  int i = 0;
  while (i < n) // polled
    s += (3 * i++) % 1000; // no closed form: the loop keeps its poll
  printf("sum %ld\n", s);
  exit(0);
}

static void fail(const char *why) {
  for (int i = 0; i < 3; i++)
    printf("%s %d\n", why, i);
  exit(1);
}

int main(int argc, char **argv) {
  (void)argv;
  if (argc > 5)
    fail("too many");
  finish(40);
}
