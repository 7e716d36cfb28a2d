// const, volatile and register locals live across poll points. Hoisted
// declarations drop const (the value is re-loaded on rewind, see design.md)
// and register (hoisted locals may have their address taken by the frame
// copies), but must keep volatile: a volatile local still needs every access
// performed (setjmp/longjmp, signal handlers); volatile-local.c shows the
// difference it makes.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %check-migration %s %t.d
// RUN: %FileCheck %s --input-file %t.mig.c
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

struct two {
  int a, b;
};

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: int c = {0}; double cd = {0}; volatile int v = {0}; int reg = {0}; long rl = {0}; const char *name = {0}; int *px = {0}; int carr[3]; volatile unsigned int vu = {0}; struct two cs;
int main(void) {
  // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = tick(41); __MIG_AFTER_CALL([[#]]); c = [[T]] + 1;
  const int c = tick(41) + 1;
  const double cd = 0.5;
  volatile int v = 3;
  // CHECK: reg = 10;
  register int reg = 10;
  register long rl = 1000;
  const char *const name = "const name";
  // x escapes through px: in the shadow frame.
  // CHECK: (__mig_sf->x) = 5;
  // CHECK: px = &(__mig_sf->x);
  int x = 5;
  int *const px = &x;
  // CHECK: __builtin_memcpy(&carr, &(int[3]){7, 8, 9}, sizeof(carr));
  const int carr[3] = {7, 8, 9};
  volatile unsigned vu = 0;
  // CHECK: cs = (struct two){1, 2};
  const struct two cs = {1, 2};
  // CHECK: for (i = 0; i < 4; i++) { __MIG_POLL([[#]]) {
  for (int i = 0; i < 4; i++) {
    v += tick(i);
    reg += c;
    rl -= i;
    *px += carr[i % 3];
    vu = vu * 3u + (unsigned)v;
    printf("i=%d c=%d cd=%.2f v=%d reg=%d rl=%ld name=%s x=%d vu=%u cs=%d,%d\n", i, c, cd,
           v, reg, rl, name, x, vu, cs.a, cs.b);
  }
  return 0;
}
