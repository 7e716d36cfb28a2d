// libc's random number generators keep their state inside the C library;
// mig-pp rewrites the calls to the runtime's versions (LibcCalls.h), which
// compute glibc's exact sequences from a state saved in every checkpoint
// (runtime/src/state_libc.c): the output equals a plain clang build's (with
// glibc's rand) and continues across every stop, on x86-64 and AArch64.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 60 %s %t.d
#include <stdio.h>
#include <stdlib.h>

static int pick(int (*gen)(void)) { return gen() % 1000; }

int main(void) {
  // Unseeded: as if srand(1).
  // CHECK: printf("first %d\n", __mig_rand());
  printf("first %d\n", rand());
  // CHECK: __mig_srand(12345u);
  srand(12345u);
  for (int i = 0; i < 8; i++)
    printf("rand %d %d\n", rand(), pick(rand));
  srandom(0); // 0 seeds like 1
  for (int i = 0; i < 4; i++)
    printf("random %ld\n", random());
  srandom(3000000000u); // negative as int32: glibc's arithmetic
  printf("random %ld\n", random());
  printf("drand48 unseeded %.17g\n", drand48());
  srand48(987654321L);
  for (int i = 0; i < 6; i++)
    printf("48: %.17g %ld %ld\n", drand48(), lrand48(), mrand48());
  return 0;
}
