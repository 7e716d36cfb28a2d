// A variable-length array in a block that holds no poll point and no call
// that may reach one: it is never live when the function can be stopped, so
// mig-pp leaves it alone, and the program migrates.
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

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int total = 0;
  // CHECK: for (r = 0; r < 5; r++) { __MIG_POLL([[#]]) {
  for (int r = 0; r < 5; r++) {
    int n = tick(r + 3);
    {
      // CHECK: int v[n];
      int v[n];
      for (int i = 0; i < n; i++)
        v[i] = i * r;
      for (int i = 0; i < n; i++)
        total += v[i];
    }
    printf("r=%d n=%d total=%d\n", r, n, total);
  }
  return 0;
}
