// Poll policy --poll=loops: an innermost counted `for` loop is left without a
// poll so clang can still vectorize or software-pipeline it; its enclosing
// loop polls instead. Calls to pure library builtins (sqrt, fabs, abs) keep
// a loop innermost; any other call (printf, a user function) makes it polled.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int twice(int x) {
  int r = 0;
  for (int k = 0; k < 2; k++)
    r += x;
  return r;
}

// CHECK-LABEL: static double norms(
static double norms(const double *v, int n, int reps) {
  double s = 0;
  // CHECK: for (r = 0; r < reps; r++) { __MIG_POLL([[#]])
  for (int r = 0; r < reps; r++) {
    // CHECK: for (int i = 0; i < n; i++)
    // CHECK-NEXT: s += sqrt(fabs(v[i])) + abs(i - 3);
    for (int i = 0; i < n; i++)
      s += sqrt(fabs(v[i])) + abs(i - 3);
  }
  return s;
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  double v[64];
  // A call to a user function: polled even though innermost and counted.
  // CHECK: for (i = 0; i < 64; i++)
  // CHECK-NEXT: { __MIG_POLL([[#]]) {{.*}} = twice(i) - 40.5; }
  for (int i = 0; i < 64; i++)
    v[i] = twice(i) - 40.5;
  // A call to printf: polled.
  // CHECK: for (j = 0; j < 4; j++)
  // CHECK-NEXT: { __MIG_POLL([[#]]) printf(
  for (int j = 0; j < 4; j++)
    printf("v[%d]=%.1f\n", j, v[j]);
  printf("%.6f\n", norms(v, 64, 50));
  return 0;
}
