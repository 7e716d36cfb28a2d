// Over-aligned locals (_Alignas(64), __attribute__((aligned(64)))) whose
// address escapes, live across poll points. mig-pp moves them into the shadow
// frame without their alignment (`struct __mig_sf___mig_main {char pad;
// int v[8]; double dd[2]; }`), so they are not 64-byte aligned even in an
// uninterrupted run (the first line printed is "i=0 v: 4 dd: 40 ..." instead
// of "i=0 v: 0 dd: 0 ...").
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdint.h>
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: struct __mig_sf___mig_main {
// CHECK-SAME: {{_Alignas|aligned}}
// CHECK-SAME: };
int main(void) {
  char pad = 1; /* something before them in the frame */
  char *pp = &pad;
  _Alignas(64) int v[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  double dd[2] __attribute__((aligned(64))) = {1.5, 2.5};
  for (int i = 0; i < 3; i++) {
    v[i] += tick(i) + *pp;
    dd[i % 2] *= 2;
    printf("i=%d v: %d dd: %d sum=%d %.1f\n", i, (int)((uintptr_t)v % 64),
           (int)((uintptr_t)dd % 64), v[0] + v[1] + v[2], dd[0] + dd[1]);
  }
  return 0;
}
