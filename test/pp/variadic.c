// Variadic functions: a migratable variadic function (its va_list in a block
// without poll points, the values copied out first) called with different
// argument counts, and a variadic wrapper around vprintf that cannot reach a
// poll point (left unchanged). A va_list live at a poll point cannot be
// migrated: variadic-valist-live.c; one in scope but dead (after va_end):
// variadic-valist-dead.c.
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

/* The va_list is in a block without poll points or sites. */
// CHECK-LABEL: static int sum_ints(int n, ...) {
// CHECK-SAME: struct __mig_rf_sum_ints {int n; int vals[8]; int s;
// CHECK-NOT: va_list{{.*}};{{.*}}};
static int sum_ints(int n, ...) {
  int vals[8];
  {
    // CHECK: va_list ap;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
      vals[i] = va_arg(ap, int);
    va_end(ap);
  }
  int s = 0;
  for (int i = 0; i < n; i++)
    // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = tick(vals[{{.*}}]); __MIG_AFTER_CALL([[#]]); s += [[T]];
    s += tick(vals[i]);
  return s;
}

// CHECK-LABEL: static void logf_(const char *fmt, ...) {
// CHECK-NEXT: va_list ap;
static void logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int total = 0;
  for (int r = 0; r < 4; r++) {
    // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = sum_ints(3, r, r * 2, r * 3); __MIG_AFTER_CALL([[#]]); total += [[T]];
    total += sum_ints(3, r, r * 2, r * 3);
    total += sum_ints(5, 1, 2, 3, 4, r);
    logf_("r=%d total=%d %s\n", r, total, r % 2 ? "odd" : "even");
  }
  logf_("done %d %ld %.1f\n", total, 12345678901L, 2.5);
  return 0;
}
