// continue and break inside switches inside loops whose heads hold calls
// that reach poll points: a `continue` in a switch case must go to the
// loop's increment label (the switch's `break` stays a switch break), in a
// for loop whose increment is a call, a for loop whose condition is a call,
// a while whose condition has a call on the right of ||, and a do-while.
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

static int step(int i) { return tick(i) + 1; }

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int total = 0;
  // CHECK: for (i = 0;;) { if (!(i < 10)) break; __MIG_POLL([[#]])
  // CHECK: case 0:
  // CHECK-NEXT: goto __mig_cont_[[#OUTER:]];
  // CHECK: case 1:
  // CHECK: break;
  for (int i = 0; i < 10; i = step(i)) {
    switch (i % 3) {
    case 0:
      continue;
    case 1:
      total += tick(i);
      break;
    default:
      // CHECK: for (j = 0;;) { __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = tick(3); __MIG_AFTER_CALL([[#]]); if (!(j < [[T]])) break; __MIG_POLL([[#]])
      // CHECK: goto __mig_cont_[[#INNER:]];
      // CHECK: __mig_cont_[[#INNER]]: __attribute__((unused)); (void)(j++); }
      // CHECK: goto __mig_cont_[[#OUTER]];
      for (int j = 0; j < tick(3); j++) {
        if (j == 1)
          continue;
        total += j;
      }
      continue;
    }
    total *= 2;
    printf("i=%d total=%d\n", i, total);
  }
  // CHECK: __mig_cont_[[#OUTER]]: __attribute__((unused)); __mig_resume_[[#]]: [[S:__mig_t[0-9]+]] = step(i); __MIG_AFTER_CALL([[#]]); (void)(i = [[S]]); }
  int n = 0;
  while (n < 12 || tick(0)) {
    n = step(n);
    if (n % 4 == 0) {
      do {
        n++;
        if (n % 2)
          continue;
      } while (tick(n) % 3);
      continue;
    }
    printf("n=%d\n", n);
  }
  printf("total=%d n=%d\n", total, n);
  return 0;
}
