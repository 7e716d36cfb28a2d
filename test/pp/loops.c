// break/continue in nested while, do-while and for loops whose conditions
// and increments hold calls that reach poll points. Such loops become
// `for (;;) { cond; if (!c) break; body; cont: incr; }` and their continues
// go to the `cont` label; loops without calls in the head are kept.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int calls;

static int below(int i, int n) {
  int k = 0;
  while (k < 2)
    k++;
  calls++;
  return i < n;
}

static int next(int i) {
  int k = 0;
  while (k < 2)
    k++;
  return i + 1;
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int i, j, sum = 0;
  // CHECK: for (i = 0;;) { __mig_resume_[[#]]: [[C1:__mig_t[0-9]+]] = below(i, 4); __MIG_AFTER_CALL([[#]]); if (!([[C1]])) break; __MIG_POLL([[#]])
  // CHECK: goto __mig_cont_[[#CONT1:]];
  // CHECK: for (;;) { __mig_resume_[[#]]: [[C2:__mig_t[0-9]+]] = below(j, 6); __MIG_AFTER_CALL([[#]]); if (!([[C2]])) break; __MIG_POLL([[#]])
  for (i = 0; below(i, 4); i = next(i)) {
    if (i == 1)
      continue;
    j = 0;
    while (below(j, 6)) {
      j = next(j);
      // A while loop whose condition is evaluated at the top of the body: its
      // continue and break stay as they are.
      // CHECK: continue;
      // CHECK: break;
      if (j == 2)
        continue;
      if (j == 5)
        break;
      int k = 0;
      // A do-while: continue jumps to the condition.
      // CHECK: for (;;) { __MIG_POLL([[#]])
      // CHECK: goto __mig_cont_[[#CONT2:]];
      // CHECK: break;
      // CHECK: __mig_cont_[[#CONT2]]: __attribute__((unused)); __mig_resume_[[#]]: [[C3:__mig_t[0-9]+]] = below(k, 6); __MIG_AFTER_CALL([[#]]); if (!([[C3]])) break; }
      do {
        k = next(k);
        if (k == 1)
          continue;
        if (k == 4)
          break;
        sum += i * 100 + j * 10 + k;
      } while (below(k, 6));
      printf("i=%d j=%d k=%d sum=%d\n", i, j, k, sum);
    }
  }
  // CHECK: __mig_cont_[[#CONT1]]: __attribute__((unused)); __mig_resume_[[#]]: [[N1:__mig_t[0-9]+]] = next(i); __MIG_AFTER_CALL([[#]]); (void)(i = [[N1]]); }
  // Calls in the init, in the right side of && in the condition, and in the
  // increment (a comma expression).
  // CHECK: __mig_resume_[[#]]: __mig_t[[#]] = next(0); __MIG_AFTER_CALL([[#]]); for (a = __mig_t[[#]];;) {
  // CHECK-SAME: if (__mig_t[[#]]) { __mig_resume_[[#]]: __mig_t[[#]] = below(a, 4);
  // CHECK: for (b = 0; b < 3; b++) { __MIG_POLL([[#]]) {
  // CHECK: __mig_cont_[[#]]: __attribute__((unused)); __mig_resume_[[#]]: [[N2:__mig_t[0-9]+]] = next(a); __MIG_AFTER_CALL([[#]]); (void)(a = [[N2]], sum++); }
  for (int a = next(0); a < 5 && below(a, 4); a = next(a), sum++) {
    for (int b = 0; b < 3; b++) {
      if (b == a % 3)
        continue;
      if (b > a)
        break;
      sum += next(b);
    }
    printf("a=%d sum=%d\n", a, sum);
  }
  // CHECK: for (;;) { __MIG_POLL([[#]])
  // CHECK: goto __mig_cont_[[#CONT4:]];
  // CHECK: __mig_resume_[[#]]: __mig_t[[#]] = next(n); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: __mig_t[[#]] = next(__mig_t[[#]]);
  // CHECK: __mig_cont_[[#CONT4]]: __attribute__((unused));
  int n = 0;
  do {
    if (n % 2 == 0) {
      n = next(n);
      continue;
    }
    n = next(next(n));
  } while (n < 10 && below(n, 9));
  printf("n=%d calls=%d sum=%d\n", n, calls, sum);
  return 0;
}
