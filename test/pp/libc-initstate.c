// initstate()/setstate() switch random() to a table in the user's buffer
// (glibc's TYPE_0 .. TYPE_4 generators by buffer size). The runtime's
// random keeps glibc's exact scheme (runtime/src/state_libc.c): its front,
// rear and table pointers are saved and re-based into the restored buffers,
// so the sequences, switching back and forth, continue across every stop on
// x86-64 and AArch64 and equal plain clang's (glibc's).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 60 %s %t.d
#include <stdio.h>
#include <stdlib.h>

static char big[256];   // TYPE_4, degree 63
static char tiny[8];    // TYPE_0, the linear congruential one

int main(void) {
  char mid[64]; // TYPE_2, degree 15, in main's frame
  printf("default %ld\n", random());
  // CHECK: __mig_initstate(7u, {{.*}}big{{.*}})
  char *dflt = initstate(7u, big, sizeof big);
  for (int i = 0; i < 4; i++)
    printf("big %ld\n", random());
  initstate(11u, mid, sizeof mid);
  initstate(3u, tiny, sizeof tiny);
  for (int round = 0; round < 4; round++) {
    printf("tiny %ld\n", random());
    // CHECK: __mig_setstate({{.*}}mid{{.*}})
    setstate(mid);
    printf("mid %ld %ld\n", random(), random());
    setstate(big);
    printf("big %ld\n", random());
    setstate(dflt); // the default table, where the first random() left it
    printf("default %ld\n", random());
    setstate(tiny);
  }
  srandom(5); // reseeds the current table (tiny)
  printf("tiny reseeded %ld %ld\n", random(), random());
  return 0;
}
