// Expression temporaries (ExprLinearizer) hold a value from their assignment
// to its use later in the same statement. A site's unwind entry zeroes the
// temporaries of other statements, so that an interpreter-style loop with
// many calls does not keep every temporary alive across the whole loop (Lua's
// luaV_execute had ~130 of them spilled on its hot path). The temporary a
// site's own call assigns is dead there too (the call runs again on resume).
// Every poll point is stopped at and restored.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int f(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k;
}

// CHECK-LABEL: static int run(int n) {
static int run(int n) {
  int x = 0, y = 0;
  for (int i = 0; i < n; i++) {
    x = f(i) * f(x);   // sites 1, 2: temporaries t1, t2
    y += f(x + y) - 1; // site 3: t3
  }
  return x + y;
}
// Site 1 (f(i)) and site 3 need no temporary; the loop's poll (site 4) none
// either. Site 2 (f(x)) needs t1, f(i)'s value, read after it.
// CHECK: __mig_unwind_1: __mig_unwind_3: __mig_unwind_4: __builtin_memset(&__mig_t1, 0, sizeof(__mig_t1)); __builtin_memset(&__mig_t2, 0, sizeof(__mig_t2)); __builtin_memset(&__mig_t3, 0, sizeof(__mig_t3)); goto __mig_unwind;
// CHECK-SAME: __mig_unwind_2: __builtin_memset(&__mig_t2, 0, sizeof(__mig_t2)); __builtin_memset(&__mig_t3, 0, sizeof(__mig_t3)); goto __mig_unwind;
// CHECK-SAME: __mig_unwind: __attribute__((unused));

int main(void) {
  int r = 0;
  for (int k = 0; k < 3; k++)
    r += run(5 + k);
  printf("%d\n", r);
  return 0;
}
