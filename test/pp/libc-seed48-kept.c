// seed48 and lcong48 set the drand48 family's state (and lcong48 its
// multiplier and addend) inside libc; the runtime's copies keep them in
// the saved generator state (runtime/src/state_libc.c). seed48 returns the
// previous state in a buffer inside that saved state, so a pointer to it
// stays valid across a restore. Sequences continue across every stop on
// x86-64 and AArch64 and equal plain clang's (glibc's).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 60 %s %t.d
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  unsigned short seed[3] = {0x1234, 0xabcd, 0x0042};
  // CHECK: __mig_seed48({{.*}}seed{{.*}});
  unsigned short *old = seed48(seed);
  printf("old %04x %04x %04x\n", old[0], old[1], old[2]);
  for (int i = 0; i < 6; i++)
    printf("seeded %.17g %ld %ld\n", drand48(), lrand48(), mrand48());
  unsigned short *again = seed48(seed); // the state seed48 left, 18 steps later
  unsigned short param[7] = {1, 2, 3, 0x0005, 0, 0, 7};
  // CHECK: __mig_lcong48({{.*}}param{{.*}});
  lcong48(param);
  for (int i = 0; i < 6; i++) {
    printf("lcong %ld %ld\n", lrand48(), mrand48());
    printf("kept %04x %04x %04x\n", again[0], again[1], again[2]); // read after stops
  }
  srand48(5); // back to the standard multiplier
  for (int i = 0; i < 3; i++)
    printf("srand48 %ld\n", lrand48());
  return 0;
}
