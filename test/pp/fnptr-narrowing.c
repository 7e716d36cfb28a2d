// --whole-program (what migcc passes for a program of one C file): an
// indirect call is an M-call only if a transformed function whose address is
// taken has the called pointer's type. The other indirect calls are not
// sites; they are bracketed with __mig_unsafe_enter/leave, so that a call
// through a cast pointer type that does reach a transformed function is not
// wrong: its poll points stop being safe points and the checkpoint waits for
// the next safe one.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c --whole-program
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %mig-pp %t.i -o %t.conservative.mig.c
// RUN: %FileCheck %s --check-prefix=CONSERVATIVE --input-file %t.conservative.mig.c
// RUN: %check-migration --pp-arg --whole-program %s %t.d
#include <stdio.h>

typedef int (*int_op)(int);
typedef double (*real_op)(double);
typedef long (*long_op)(long);

static int slow_inc(int v) {
  int k = 0;
  while (k < 3)
    k++;
  return v + k - 2;
}
static int twice(int v) { return 2 * v; }
static double half(double x) { return x / 2; }

static int_op int_ops[] = {slow_inc, twice};
static real_op real_ops[] = {half};

// CHECK-LABEL: int __mig_main(void) {
// CONSERVATIVE-LABEL: int __mig_main(void) {
int main(void) {
  int acc = 1;
  double r = 100;
  for (int i = 0; i < 6; i++) {
    // An int(int) pointer may reach slow_inc: an M-call with a resume label.
    // CHECK: __mig_resume_[[#]]: __mig_t[[#]] = int_ops[i % 2](acc); __MIG_AFTER_CALL([[#]]);
    acc = int_ops[i % 2](acc);
    // No transformed function is a double(double): not a site, bracketed.
    // CHECK: r = ({ __mig_unsafe_enter(); double __mig_cb_r = (real_ops[0](r)); __mig_unsafe_leave(); __mig_cb_r; });
    // Without --whole-program every indirect call is an M-call.
    // CONSERVATIVE: __mig_resume_[[#]]: __mig_t[[#]] = real_ops[0](r); __MIG_AFTER_CALL([[#]]);
    r = real_ops[0](r);
  }
  // A call through a cast pointer type reaches slow_inc, whose loop polls:
  // those polls are not safe points (the checkpoint waits for the loop below).
  // CHECK: ((long)__mig_unsafe_leave_i((__mig_unsafe_enter(), (long long)(wrong(5L)))))
  long_op wrong = (long_op)(void (*)(void))slow_inc;
  long w = wrong(5L);
  int tail = 0;
  for (int j = 0; j < 3; j++)
    tail += slow_inc(j);
  printf("acc=%d r=%.4f w=%ld tail=%d\n", acc, r, w, tail);
  return 0;
}
