// Structs, unions, enums and typedefs declared inside functions, used only
// between poll points (nothing of those types is live at a poll point or
// migratable call): mig-pp leaves them alone and the program migrates.
// When an object of such a type is live at a poll point, mig-pp refuses with
// a diagnostic instead (local-types-live.c).
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

/* Local types used only between poll points: nothing of that type is live
 * at a poll point. */
// CHECK-LABEL: static int not_live(int n) {
// The saved variables are total and i (and temporaries), nothing of a local type.
// CHECK-SAME: struct __mig_rf_not_live {int n; long total; int i; int [[T:__mig_t[0-9]+]]; };
static int not_live(int n) {
  struct pair {
    int a, b;
  };
  union bits {
    unsigned u;
    int i;
  };
  enum color { RED = 2, GREEN = 5, BLUE = 9 };
  typedef long acc_t;
  acc_t total = 0;
  // CHECK: for (i = 0; i < n; i++) { __MIG_POLL([[#]]) {
  // CHECK: __mig_resume_[[#]]: [[T]] = tick(i); __MIG_AFTER_CALL([[#]]); total += [[T]];
  // CHECK: struct pair p = {i, (int)total};
  // CHECK: union bits b;
  // CHECK: enum color c = (i % 2) ? GREEN : BLUE;
  for (int i = 0; i < n; i++) {
    total += tick(i);
    {
      struct pair p = {i, (int)total};
      union bits b;
      b.i = p.a + p.b;
      enum color c = (i % 2) ? GREEN : BLUE;
      total += (acc_t)b.u + c;
    }
  }
  return (int)total;
}

int main(void) {
  printf("not_live=%d\n", not_live(5));
  return 0;
}
