// Variably modified locals live at a poll point that mig-pp still refuses,
// each with an error at the variable's file:line that says why: a local
// typedef of a VLA type (a local type whose size depends on a VLA bound: the
// bound was evaluated at the typedef, not at the variable), a VLA type taken
// with typeof, and an array of pointers to VLAs. (What works: vla.c.)
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

static int typedef_vla(int n) {
  typedef int row_t[n];
  // CHECK: {{.*}}vla-rejected.c:[[@LINE+1]]:9: error: 'r' has a variably modified type and is live at a poll point or migratable call; mig-pp cannot save it: its variable-length array type is a typedef (declared elsewhere, with bounds evaluated there)
  row_t r;
  for (int i = 0; i < n; i++)
    r[i] = tick(i);
  return r[0];
}

static int typeof_vla(int n) {
  int v[n];
  // CHECK: {{.*}}vla-rejected.c:[[@LINE+1]]:17: error: 'w' has a variably modified type and is live at a poll point or migratable call; mig-pp cannot save it: its variable-length array type comes from typeof
  __typeof__(v) w;
  for (int i = 0; i < n; i++)
    w[i] = v[i] = tick(i);
  return w[0];
}

static int pointers_to_vlas(int n) {
  int a[n], b[n];
  // CHECK: {{.*}}vla-rejected.c:[[@LINE+1]]:9: error: 'p' has a variably modified type and is live at a poll point or migratable call; mig-pp cannot save it: its elements are pointers to variable-length arrays
  int (*p[2])[n] = {&a, &b};
  for (int i = 0; i < n; i++)
    (*p[i % 2])[i] = tick(i);
  return a[0] + b[0];
}

int main(void) {
  printf("%d %d %d\n", typedef_vla(3), typeof_vla(3), pointers_to_vlas(3));
  return 0;
}
// CHECK-NOT: error:
