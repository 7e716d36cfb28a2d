// A _Thread_local global changed between poll points. mig-pp registers it
// with MIG_GF_THREAD ("addr is the registering thread's instance", abi.h) but
// puts its address in the static __mig_globals initializer, which is not a
// constant for a thread-local object, so the output does not compile:
//   <mig-pp generated>:N:10: error: initializer element is not a compile-time constant
//     {"tl", (void *)&tl, &__mig_type_int, 1, 2},
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %clang -fsyntax-only -w -I %mig-include %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

_Thread_local int tl = 3;

int main(void) {
  for (int i = 0; i < 4; i++) {
    tl += tick(i);
    printf("i=%d tl=%d\n", i, tl);
  }
  return 0;
}
