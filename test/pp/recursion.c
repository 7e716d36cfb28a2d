// Recursion and mutual recursion without loops, with --poll=recursive
// (which, unlike --poll=loops, adds function-entry polls): every function on a
// call-graph cycle gets a poll point at its entry, and the recursive calls
// are sites, so the program can be stopped deep inside. The last poll point
// is the entry of depth_sum at depth 30 (31 frames of it on the stack, with
// `path` in main's shadow frame), which check-migration always stops at;
// the stops spread over fib (depth <= 12) and ack as well.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c --poll=recursive
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --pp-arg --poll=recursive %s %t.d
#include <stdio.h>

static int is_odd(unsigned n);

// CHECK-LABEL: static int is_even(unsigned n) {
// CHECK-SAME: } } __MIG_POLL([[#]])
static int is_even(unsigned n) {
  if (n == 0)
    return 1;
  // CHECK: { __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = is_odd(n - 1); __MIG_AFTER_CALL([[#]]); return [[T]]; }
  return is_odd(n - 1);
}

// CHECK-LABEL: static int is_odd(unsigned n) {
// CHECK-SAME: } } __MIG_POLL([[#]])
static int is_odd(unsigned n) {
  if (n == 0)
    return 0;
  // CHECK: { __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = is_even(n - 1); __MIG_AFTER_CALL([[#]]); return [[T]]; }
  return is_even(n - 1);
}

// CHECK-LABEL: static long fib(int n) {
// CHECK-SAME: } } __MIG_POLL([[#]])
static long fib(int n) {
  if (n < 2)
    return n;
  // CHECK: { __mig_resume_[[#]]: [[A:__mig_t[0-9]+]] = fib(n - 1); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[B:__mig_t[0-9]+]] = fib(n - 2); __MIG_AFTER_CALL([[#]]); return [[A]] + [[B]]; }
  return fib(n - 1) + fib(n - 2);
}

static int ack(int m, int n) {
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ack(m - 1, 1);
  // The inner call is hoisted first; its result is the outer call's argument.
  // CHECK: { __mig_resume_[[#]]: [[I:__mig_t[0-9]+]] = ack(m, n - 1); __MIG_AFTER_CALL([[#]]); __mig_resume_[[#]]: [[O:__mig_t[0-9]+]] = ack(m - 1, [[I]]); __MIG_AFTER_CALL([[#]]); return [[O]]; }
  return ack(m - 1, ack(m, n - 1));
}

// CHECK-LABEL: static int depth_sum(int d, int *path) {
static int depth_sum(int d, int *path) {
  path[d] = d * 7 % 5;
  if (d == 30) {
    int s = 0;
    for (int i = 0; i <= 30; i++)
      s += path[i];
    return s;
  }
  // CHECK: { __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = depth_sum(d + 1, path); __MIG_AFTER_CALL([[#]]); return path[d] + [[T]]; }
  return path[d] + depth_sum(d + 1, path);
}

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: struct __mig_sf___mig_main {int path[31]; };
int main(void) {
  int path[31];
  printf("even(25)=%d odd(25)=%d even(40)=%d\n", is_even(25), is_odd(25), is_even(40));
  printf("fib(12)=%ld\n", fib(12));
  printf("ack(2,3)=%d\n", ack(2, 3));
  // CHECK: depth_sum(0, (__mig_sf->path));
  printf("depth_sum=%d\n", depth_sum(0, path));
  return 0;
}
