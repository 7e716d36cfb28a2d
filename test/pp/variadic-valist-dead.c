// Reduced from a variadic function in the common style: the va_list is
// declared at function scope and va_end'ed before the loop that reaches poll
// points. It is dead there: mig-pp saves a va_list only at the sites from
// which a use of it is reachable (liveness-lite: a use later in the source,
// or in a loop around the site), so ap is not in sum_ints' frame, the
// runtime has nothing to refuse and stopping anywhere works.
// (A va_list used after a poll point is still saved and refused at run time:
// variadic-valist-live.c.)
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdarg.h>
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-LABEL: static int sum_ints(int n, ...) {
// CHECK-SAME: struct __mig_rf_sum_ints {int n; int vals[4]; int s; int i__m1; int __mig_t1; };
// CHECK-NOT: __mig_rf->ap
// CHECK: va_list ap;
// CHECK: va_end(ap);
static int sum_ints(int n, ...) {
  va_list ap;
  int vals[4];
  va_start(ap, n);
  for (int i = 0; i < n; i++)
    vals[i] = va_arg(ap, int);
  va_end(ap);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += tick(vals[i]);
  return s;
}

/* Used again after a loop that reaches poll points: ap is live in that loop
 * and saved there (and refused), but dead at the sites after its va_end. */
static int twice(int n, ...) {
  va_list ap;
  int s = 0;
  va_start(ap, n);
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int);
  va_end(ap);
  for (int i = 0; i < n; i++)
    s += tick(i);
  return s;
}

int main(void) {
  printf("%d\n", sum_ints(4, 1, 2, 3, 4));
  printf("%d\n", twice(3, 5, 6, 7));
  return 0;
}
