// `register` parameters of a transformed function: the frame is saved and
// rebuilt through the parameters' addresses, which `register` forbids, so
// mig-pp drops the keyword (in a prototype and in an old-style definition).
// register locals are declared again at the top of the body, without it.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#pragma clang diagnostic ignored "-Wdeprecated-non-prototype"
#include <stdio.h>

// CHECK: static long sum_to(         long n, const          int step) {
static long sum_to(register long n, const register int step) {
  register long s = 0;
  while (n > 0) {
    s += n;
    n -= step;
  }
  return s;
}

// CHECK: static int count(p)          const char *p;{{$}}
static int count(p) register const char *p;
{
  register int k = 0;
  while (*p++)
    k++;
  return k;
}

int main(void) {
  for (int i = 1; i < 4; i++)
    printf("%ld %d\n", sum_to(10 * i, i), count("abcdef" + i));
  return 0;
}
