// seed48 and lcong48 seed the drand48 family's state, erand48/nrand48/
// jrand48 step the caller's own state with the multiplier lcong48 sets: all
// of them must use the runtime's state (state_libc.c) like lrand48 does. A
// program that seeded glibc's state with seed48 and then drew from the
// runtime's unseeded lrand48 printed other numbers than its clang build
// (LLVM test-suite McGill/misr: "Prob same output" 8.67e-04, not 7.0e-04).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 40 %s %t.d
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  unsigned short seed[3] = {1, 0, 0};
  // CHECK: old = __mig_seed48(
  unsigned short *old = seed48(seed);
  printf("old x %u %u %u\n", old[0], old[1], old[2]);
  for (int i = 0; i < 6; i++)
    // CHECK: __mig_lrand48(), __mig_drand48(), __mig_mrand48()
    printf("seeded %ld %.17g %ld\n", lrand48(), drand48(), mrand48());
  unsigned short mine[3] = {7, 8, 9};
  for (int i = 0; i < 6; i++)
    // CHECK: __mig_erand48({{.*}}), __mig_nrand48({{.*}}), __mig_jrand48(
    printf("caller's %.17g %ld %ld\n", erand48(mine), nrand48(mine), jrand48(mine));
  unsigned short param[7] = {3, 4, 5, 0xE66D, 0xDEEC, 0x7, 0x11};
  // CHECK: __mig_lcong48(
  lcong48(param);
  for (int i = 0; i < 6; i++)
    printf("lcong48 %ld %ld\n", lrand48(), nrand48(mine));
  // CHECK: old = __mig_seed48(
  old = seed48(seed); // resets the multiplier and addend
  printf("old x %u %u %u, then %ld\n", old[0], old[1], old[2], lrand48());
  return 0;
}
