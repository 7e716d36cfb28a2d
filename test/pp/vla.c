// A variable-length array live at a poll point: mig-pp cannot save it yet
// and says so, at the VLA's file:line, and fails. (A VLA used only between
// poll points is fine: vla-scoped.c.)
// REQUIRES: mig-pp
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %not %mig-pp %t.i -o %t.mig.c 2>&1 | %FileCheck %s
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

int main(void) {
  int n = tick(5);
  // CHECK: {{.*}}vla.c:[[@LINE+1]]:7: error: variable-length array 'v' is live at a poll point or migratable call; mig-pp cannot save it yet
  int v[n];
  for (int i = 0; i < n; i++)
    v[i] = i * i;
  int sum = 0;
  for (int r = 0; r < 3; r++)
    sum += tick(v[r]);
  printf("sum=%d\n", sum);
  return 0;
}
// CHECK-NOT: error:
