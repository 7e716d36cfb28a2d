// Per-site liveness (preprocessor/src/SiteLiveness.h): a site's unwind entry
// zeroes the register-frame variables dead at it, so they do not have to
// survive the call; the variables live after the site, and those of the
// expression holding it (ExprLinearizer may read them after the call), are
// saved. Every poll point is stopped at and restored.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int step(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 1;
}

// CHECK-LABEL: static long work(int n, int seed) {
static long work(int n, int seed) {
  int before = seed * 3;         // dead once `acc` is computed
  long acc = before + 1;
  int carried = 7;               // loop-carried: live at every site in the loop
  for (int i = 0; i < n; i++) {
    int t = step(i);             // t is dead at this call (assigned from it)
    acc += t * carried;
    carried = (carried * 5 + t) % 97;
    // Read after the calls in mig-pp's output: acc must be saved there.
    acc += ({ int u = step(t) + 1; u * step(u); });
  }
  long tail = step((int)(acc % 1000)); // n, seed, before, carried are dead here
  return acc + tail;
}
// The first call (site 1, `t = step(i)`) and the loop's poll (site 4) need
// neither seed nor before (dead once acc is computed) nor t and u (assigned
// before they are read again): one entry zeroes them for both.
// CHECK: __mig_unwind_1: __mig_unwind_4: __builtin_memset(&seed, 0, sizeof(seed)); __builtin_memset(&before, 0, sizeof(before)); __builtin_memset(&t, 0, sizeof(t)); __builtin_memset(&u, 0, sizeof(u)); {{(__builtin_memset\(&__mig_t[0-9]+, 0, sizeof\(__mig_t[0-9]+\)\); )*}}goto __mig_unwind;
// The calls inside the statement expression keep t and u (and acc, read
// after them by the rewritten `acc += ...`); they differ in the expression
// temporaries they need (test/pp/temp-liveness.c).
// CHECK-SAME: __mig_unwind_2: __builtin_memset(&seed, 0, sizeof(seed)); __builtin_memset(&before, 0, sizeof(before)); {{(__builtin_memset\(&__mig_t[0-9]+, 0, sizeof\(__mig_t[0-9]+\)\); )*}}goto __mig_unwind;
// CHECK-SAME: __mig_unwind_3: __builtin_memset(&seed, 0, sizeof(seed)); __builtin_memset(&before, 0, sizeof(before)); {{(__builtin_memset\(&__mig_t[0-9]+, 0, sizeof\(__mig_t[0-9]+\)\); )*}}goto __mig_unwind;
// At the last call only acc is still needed.
// CHECK-SAME: __mig_unwind_5: __builtin_memset(&n, 0, sizeof(n)); __builtin_memset(&seed, 0, sizeof(seed)); __builtin_memset(&before, 0, sizeof(before)); __builtin_memset(&carried, 0, sizeof(carried)); __builtin_memset(&i, 0, sizeof(i)); __builtin_memset(&t, 0, sizeof(t)); __builtin_memset(&u, 0, sizeof(u)); {{(__builtin_memset\(&__mig_t[0-9]+, 0, sizeof\(__mig_t[0-9]+\)\); )*}}goto __mig_unwind;
// CHECK-SAME: __mig_unwind: __attribute__((unused)); { struct __mig_rf_work *__mig_rf

int main(void) {
  long r = 0;
  for (int k = 0; k < 3; k++)
    r += work(4 + k, k);
  printf("%ld\n", r);
  return 0;
}
