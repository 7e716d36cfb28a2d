// Reduced from initializers.c: a pointer to a compound literal with
// automatic storage, live across a poll point. The compound literal is an
// unnamed local whose address escapes, so it must be saved and restored like
// one (in the shadow frame); mig-pp leaves it an ordinary stack object, and
// after a restore `p` points into the old stack (the restored run crashes).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-LABEL: int __mig_main(void) {
// The literal's storage must be in the shadow frame.
// CHECK-SAME: struct __mig_sf___mig_main {
int main(void) {
  int *p = (int[]){10, 20, 30};
  int s = tick(p[1]);
  printf("%d %d %d %d\n", s, p[0], p[1], p[2]);
  return 0;
}
