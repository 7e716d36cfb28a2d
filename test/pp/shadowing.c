// Shadowed names in nested blocks: three locals named x (two of them
// escaping, in the shadow frame), the global x reached through
// `extern int x;` in an inner block, and a loop counter i shadowed inside the
// loop. Hoisting gives the shadowed locals distinct names (<name>__m<N>),
// which must not collide with the user's own identifiers (the global
// x__m1 below) and must not capture the global x.
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

int x = 1000; /* shadowed by locals below */
int x__m1 = 7;  /* looks like a hoisted name */

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: struct __mig_rf___mig_main {int *outer; int [[I1:i__m[0-9]+]]; int [[X2:x__m[0-9]+]]; int *inner; int i2; int [[I2:i__m[0-9]+]];
// CHECK-SAME: struct __mig_sf___mig_main {int [[X1:x__m[0-9]+]]; int [[X3:x__m[0-9]+]]; };
int main(void) {
  // CHECK: (__mig_sf->[[X1]]) = 1;
  // CHECK: outer = &(__mig_sf->[[X1]]);
  int x = 1;
  int *outer = &x;
  printf("outer x=%d\n", x);
  for (int i = 0; i < 3; i++) {
    // CHECK: [[X2]] = 10 + [[I1]];
    // CHECK: [[X2]] += __mig_t{{[0-9]+}};
    int x = 10 + i;
    x += tick(i);
    {
      // CHECK: (__mig_sf->[[X3]]) = 100 + [[I1]];
      int x = 100 + i;
      int *inner = &x;
      *inner += tick(1);
      printf("i=%d innermost x=%d\n", i, x);
      {
        extern int x;
        // CHECK: extern int x;
        // CHECK: x += __mig_t{{[0-9]+}};
        // CHECK: printf("i=%d global x=%d x__m1=%d\n", [[I1]], x, x__m1);
        x += tick(1);
        printf("i=%d global x=%d x__m1=%d\n", i, x, x__m1);
      }
    }
    int i2 = i;
    {
      // CHECK: [[I2]] = i2 * 2;
      int i = i2 * 2;
      i += tick(i);
      printf("inner i=%d\n", i);
    }
    // CHECK: printf("i=%d middle x=%d\n", [[I1]], [[X2]]);
    printf("i=%d middle x=%d\n", i, x);
    *outer += x;
  }
  printf("outer x=%d\n", x);
  return 0;
}
