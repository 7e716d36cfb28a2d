// alloca in a function that can be stopped: the block must survive a
// checkpoint, so mig-pp rewrites alloca to __mig_shadow_alloca (bytes on the
// shadow stack, see mig/abi.h), or refuses with a diagnostic. glibc's
// <alloca.h> makes alloca(n) __builtin_alloca (n).
// Today mig-pp does neither: the call stays __builtin_alloca, the pointer
// kept across the poll points points into the old C stack after a restore,
// and the restored run crashes.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <alloca.h>
#include <stdio.h>
#include <string.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int n = tick(6);
  // CHECK: buf = {{.*}}__mig_shadow_alloca{{ ?}}(
  int *buf = alloca(n * sizeof(int));
  for (int i = 0; i < n; i++)
    buf[i] = i * 3;
  // CHECK: s = {{.*}}__mig_shadow_alloca{{ ?}}(
  char *s = alloca(16);
  strcpy(s, "alloca");
  int sum = 0;
  for (int r = 0; r < n; r++) {
    sum += tick(buf[r]);
    s[0] = (char)('a' + r);
    printf("r=%d sum=%d s=%s\n", r, sum, s);
  }
  return 0;
}
