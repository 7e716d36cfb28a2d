// Calls that reach poll points inside GNU statement expressions `({ ... })`
// and in `a ?: b`. The statements of a statement expression are transformed
// like any others and the block moves in front of the statement that uses it,
// its value going to a temporary; its declarations stay local to that block
// (saved and renamed when live at a site). `a ?: b` evaluates a once, into a
// temporary, and b only when a is zero. f logs every call, so any extra or
// missing evaluation shows in the output.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d --spread 40 --aarch64-stops 10
#include <stdio.h>

static int calls;

static int f(int x) {
  int k = 0;
  while (k < 2)
    k++;
  calls++;
  printf("f(%d) ", x);
  return x;
}

#define MAX(a, b) ({ int _a = (a), _b = (b); _a > _b ? _a : _b; })

struct pair { int a, b; };

static struct pair mkpair(int a) {
  struct pair p = {f(a), a * 2};
  return p;
}

// CHECK-LABEL: static int elvis(int x) {
// CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(x); __MIG_AFTER_CALL([[#]]); [[C:__mig_t[0-9]+]] = [[A]]; if ([[C]]) { [[R:__mig_t[0-9]+]] = [[C]]; } else { __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(x + 100); __MIG_AFTER_CALL([[#]]); [[R]] = [[B]]; } return ([[R]]) * 2; }
static int elvis(int x) { return (f(x) ?: f(x + 100)) * 2; }

// CHECK-LABEL: static int stmt_exprs(int n) {
static int stmt_exprs(int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    // A statement expression holding calls, with its own locals live at
    // the second call.
    // CHECK: { { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i); __MIG_AFTER_CALL([[#]]); t = [[A]] + 1; __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(t); __MIG_AFTER_CALL([[#]]); [[V:__mig_t[0-9]+]] = t * [[B]]; } total += [[V]]; }
    total += ({ int t = f(i) + 1; t * f(t); });
    // A macro in the common style: both arguments evaluated once, in order.
    total += MAX(f(i * 3), f(10 - i));
    // Only when the left operand is non-zero; the value is not used.
    (void)(i % 2 && ({ f(1000 + i); }));
    // Statement expression with a struct value.
    struct pair p = ({ struct pair q = mkpair(i); q.b += 1; q; });
    total += p.a + p.b;
    // ?: inside a statement expression, and with a void-typed use.
    total += ({ int z = i - 1; z ?: f(-1); });
    i % 3 ? (void)0 : (void)(f(0) ?: f(7));
    printf("| i=%d total=%d\n", i, total);
  }
  return total;
}

int main(void) {
  int r = 0;
  for (int x = 0; x < 3; x++)
    r += elvis(x);
  printf("| elvis %d\n", r);
  printf("| stmt_exprs %d calls=%d\n", stmt_exprs(4), calls);
  return 0;
}
