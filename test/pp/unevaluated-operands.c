// Operands that are never evaluated: calls in __builtin_constant_p,
// __builtin_object_size, sizeof, and the operands _Generic and
// __builtin_choose_expr do not select are not calls, so mig-pp must not
// move them into temporaries (which called them: GCC torture bcp-1), and a
// string literal there stays a literal (__builtin_constant_p("hi") is 1;
// mig-pp's registered array for it would not be a constant).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int calls;
static int step(int v) {
  int k = 0;
  while (k < 2)
    k++;
  calls++;
  return v + k - 2;
}

static char buf[16];

int main(void) {
  int total = 0;
  for (int i = 0; i < 3; i++) {
    // CHECK: total += __builtin_constant_p(step(i)) + __builtin_constant_p("hi") + (int)__builtin_object_size(step(i) ? buf : buf, 0);
    total += __builtin_constant_p(step(i)) + __builtin_constant_p("hi") + (int)__builtin_object_size(step(i) ? buf : buf, 0);
    // CHECK: total += (int)sizeof(step(i)) + _Generic(step(i), int: 1, default: 2);
    total += (int)sizeof(step(i)) + _Generic(step(i), int: 1, default: 2);
    total += __builtin_choose_expr(1, step(i), step(100));
    printf("%d %d\n", total, calls);
  }
  return 0;
}
