// A saved local whose type holds a union, initialized with an initializer
// list: clang zeroes a declared union's bytes beyond the member the list
// sets (`union U t = {};` reads back 0 through any member), but not a
// compound literal's, so mig-pp's assignment at the declaration's place
// copies from a declaration with the same initializer, not from a compound
// literal (which left t.j[1..3] undefined: GCC torture pr19687).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

union U { int i, j[4]; };
struct Holder { char tag; union U u; };

int main(void) {
  // CHECK: ({ union U __mig_v = {}; __builtin_memcpy(&t, &__mig_v, sizeof(t)); });
  union U t = {};
  // CHECK: ({ struct Holder __mig_v = {'h'}; __builtin_memcpy(&h, &__mig_v, sizeof(h)); });
  struct Holder h = {'h'};
  // CHECK: ({ union U __mig_v[2] = {{[{][{]1[}][}]}}; __builtin_memcpy(&a, &__mig_v, sizeof(a)); });
  union U a[2] = {{1}};
  int sum = 0;
  for (int i = 0; i < 4; ++i) {
    sum += t.j[i] + h.u.j[i] + a[0].j[i] + a[1].j[i];
    printf("%d %d\n", i, sum);
  }
  return sum != 1;
}
