// Reduced from static-locals.c: a static local initialized with the address
// of another static local declared before it. mig-pp moves both to file
// scope, and must keep them in source order (they once came out reversed and
// the output did not compile: "use of undeclared identifier '__mig_s_other_n'").
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK: static int [[N:__mig_s_[A-Za-z0-9_]+]] = 100;
// CHECK: static int *{{.*}} = &[[N]];
// CHECK-LABEL: static int other(void) {
static int other(void) {
  static int n = 100;
  static int *p = &n;
  *p += tick(1);
  return n;
}

int main(void) {
  printf("%d\n", other());
  printf("%d\n", other());
  return 0;
}
