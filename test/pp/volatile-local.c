// Reduced from qualifiers.c: mig-pp drops `volatile` when it hoists a saved
// local, and that changes what the program prints even without a checkpoint:
// a volatile local written between setjmp and longjmp must have its new value
// after the longjmp (C11 7.13.2.1p3); the hoisted non-volatile copy is kept
// in a register and comes back as 1.
// (The jmp_buf global makes checkpoints refused, by design: no migration here.)
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %clang -O1 -w -I %mig-include %t.mig.c %mig-lib-x86_64/libmigrt.a -lpthread -lm -o %t
// RUN: %t | %FileCheck %s --check-prefix=OUT
// OUT: v=42
// OUT-NEXT: v=42
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

static void jump(void) { longjmp(env, 1); }

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: volatile int v = {0};
int main(void) {
  volatile int v = tick(1);
  if (setjmp(env) == 0) {
    v = 42;
    jump();
  }
  printf("v=%d\n", v);
  v = tick(v);
  printf("v=%d\n", v);
  return 0;
}
