// Calls that reach poll points inside expressions: operands of &&, || and
// ?:, the comma operator, calls as arguments of calls, in return statements,
// in if/else-if and switch conditions, and mixtures. The calls are hoisted
// into statements in evaluation order; the conditionally evaluated operands
// become `if`s, so each call still runs only when the original would run it
// (f logs every call, so the output shows any extra or missing evaluation).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d --spread 40 --aarch64-stops 10
#include <stdio.h>

static int calls;

/* Each call reaches a poll point and logs itself, so the order and the
 * number of evaluations are visible in the output. */
static int f(int x) {
  int k = 0;
  while (k < 2)
    k++;
  calls++;
  printf("f(%d) ", x);
  return x;
}

static int g(int a, int b) {
  int k = 0;
  while (k < 1)
    k++;
  printf("g(%d,%d) ", a, b);
  return a * 10 + b;
}

// CHECK-LABEL: static int ret_nested(int x) {
// CHECK-SAME: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(x); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(x + 1); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[G:__mig_t[0-9]+]] = g([[A]], [[B]]); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[C:__mig_t[0-9]+]] = f(2); __MIG_AFTER_CALL([[#]]); return [[G]] + [[C]]; }
static int ret_nested(int x) { return g(f(x), f(x + 1)) + f(2); }

// CHECK-LABEL: static int ret_cond(int x) {
// CHECK-SAME: { if (x > 2) { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(x); __MIG_AFTER_CALL([[#]]); [[R:__mig_t[0-9]+]] = [[A]]; } else { __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(x); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[C:__mig_t[0-9]+]] = g(x, [[B]]); __MIG_AFTER_CALL([[#]]); [[R]] = [[C]]; } return [[R]]; }
static int ret_cond(int x) { return x > 2 ? f(x) : g(x, f(x)); }

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int r, c = 0;
  for (int i = 0; i < 4; i++) {
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i); __MIG_AFTER_CALL([[#]]); [[L:__mig_t[0-9]+]] = !!([[A]]); if ([[L]]) { __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(i + 10); __MIG_AFTER_CALL([[#]]); [[L]] = !!([[B]]); } r = [[L]]; }
    r = f(i) && f(i + 10);
    printf("| and %d\n", r);
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i - 1); __MIG_AFTER_CALL([[#]]); [[L:__mig_t[0-9]+]] = !!([[A]]); if (![[L]]) { __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(i + 20); __MIG_AFTER_CALL([[#]]); [[L]] = !!([[B]]); } r = [[L]]; }
    r = f(i - 1) || f(i + 20);
    printf("| or %d\n", r);
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i); __MIG_AFTER_CALL([[#]]); if ([[A]]) { __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(100); __MIG_AFTER_CALL([[#]]); [[R:__mig_t[0-9]+]] = [[B]]; } else { __mig_resume_[[#]]: [[C:__mig_t[0-9]+]] = f(200); __MIG_AFTER_CALL([[#]]); [[R]] = [[C]]; } r = [[R]]; }
    r = f(i) ? f(100) : f(200);
    printf("| cond %d\n", r);
    // CHECK: { __mig_resume_[[#]]: f(i); __MIG_AFTER_CALL([[#]]); {{.*}}c++{{.*}}; __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i * 2); __MIG_AFTER_CALL([[#]]); r = (([[A]])); }
    r = (f(i), c++, f(i * 2));
    printf("| comma %d c=%d\n", r, c);
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(1); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[C:__mig_t[0-9]+]] = f(2); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[D:__mig_t[0-9]+]] = g([[B]], [[C]]); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[E:__mig_t[0-9]+]] = g([[A]], [[D]]); __MIG_AFTER_CALL([[#]]); r = [[E]]; }
    r = g(f(i), g(f(1), f(2)));
    printf("| nested %d\n", r);
    // The else-if condition is hoisted into the else branch.
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i % 2); __MIG_AFTER_CALL([[#]]); [[L:__mig_t[0-9]+]] = !!([[A]]); if ([[L]]) { __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = f(0); __MIG_AFTER_CALL([[#]]); [[L]] = !!(![[B]]); } if ([[L]])
    // CHECK: else { __mig_resume_[[#]]: [[C:__mig_t[0-9]+]] = f(i); __MIG_AFTER_CALL([[#]]); [[M:__mig_t[0-9]+]] = !!([[C]] > 1); if (![[M]]) { __mig_resume_[[#]]: [[D:__mig_t[0-9]+]] = f(i + 1); __MIG_AFTER_CALL([[#]]); [[M]] = !!([[D]] == 2); } if ([[M]])
    if (f(i % 2) && !f(0))
      printf("| never\n");
    else if (f(i) > 1 || f(i + 1) == 2)
      printf("| elseif yes\n");
    else
      printf("| elseif no\n");
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = g(i, 1); __MIG_AFTER_CALL([[#]]); switch ([[A]] + [[B]]) {
    switch (f(i) + g(i, 1)) {
    case 1:
      printf("| case 1\n");
      break;
    default:
      printf("| default\n");
    }
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = ret_nested(i); __MIG_AFTER_CALL([[#]]); printf("| ret_nested %d\n", [[A]]); }
    printf("| ret_nested %d\n", ret_nested(i));
    printf("| ret_cond %d\n", ret_cond(i));
    // CHECK: { [[L:__mig_t[0-9]+]] = !!(i > 1); if ([[L]]) { __mig_resume_[[#]]: {{.*}} = f(i); {{.*}} if (!{{.*}}) { __mig_resume_[[#]]: {{.*}} = f(-i); {{.*}} } if ([[L]]) { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(3); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: {{.*}} = g([[A]], i); {{.*}} } else { __mig_resume_[[#]]: f(4); {{.*}} __mig_resume_[[#]]: {{.*}} = f(5);
    r = i > 1 && (f(i) || f(-i)) ? g(f(3), i) : (f(4), f(5));
    printf("| mixed %d\n", r);
    // An argument with a computation is evaluated into a temporary before
    // the resume label of the call that takes it.
    // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = f(i); __MIG_AFTER_CALL([[#]]); [[B:__mig_t[0-9]+]] = [[A]] + 1; __mig_resume_[[#]]: [[C:__mig_t[0-9]+]] = f([[B]]); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[D:__mig_t[0-9]+]] = f(2); __MIG_AFTER_CALL([[#]]); r += [[C]] * ([[D]] - 1); }
    r += f(f(i) + 1) * (f(2) - 1);
    printf("| arith %d\n", r);
  }
  printf("calls=%d\n", calls);
  return 0;
}
