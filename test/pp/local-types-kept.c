// A local type that cannot be moved to file scope, with an object of it live
// at a poll point: its definition refers to a local variable, so it must stay
// inside the function, and mig-pp refuses with an error at the variable that
// says why. (Local types that can move: local-types-live.c.)
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

static int sized_by_local(int n) {
  long big[3] = {0};
  struct holder {
    char bytes[sizeof big];
  };
  // CHECK: {{.*}}local-types-kept.c:[[@LINE+1]]:17: error: 'h' is live at a poll point or migratable call and its type 'holder' is declared inside the function, where it must stay: its definition refers to the local variable 'big'
  struct holder h = {{1}};
  for (int i = 0; i < n; i++)
    h.bytes[i] += (char)tick(i);
  return h.bytes[0];
}

int main(void) {
  printf("%d\n", sized_by_local(3));
  return 0;
}
// CHECK-NOT: error:
