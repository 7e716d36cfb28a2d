// Reduced from a variadic function in the common style: the va_list is
// declared at function scope and va_end'ed before the loop that reaches poll
// points. It is dead there, but mig-pp saves every local in scope at a site,
// and the runtime then refuses every checkpoint while sum_ints is on the
// stack ("variable ap has type va_list, which cannot be migrated"): the
// program cannot be stopped at any poll point inside, and mig-pp said nothing
// at compile time. Expected: the dead va_list is not saved (or mig-pp
// diagnoses it), and stopping anywhere works.
// Known limitation (issue 3 note): saved variables are chosen by scope, not
// liveness, so this still fails.
// XFAIL: *
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdarg.h>
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

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

int main(void) {
  printf("%d\n", sum_ints(4, 1, 2, 3, 4));
  return 0;
}
