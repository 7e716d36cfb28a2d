// -O2 reaches the compile step and the program still computes the same.
// RUN: %migcc -v -O2 %s -o %t 2> %t.err
// RUN: grep -e ' -c ' %t.err | grep -e -O2
// RUN: %t 30 | %FileCheck %s
// RUN: %migcc -O0 -g %s -o %t0 && %t0 30 | %FileCheck %s
// RUN: %migcc -Os %s -o %ts && %ts 30 | %FileCheck %s
// CHECK: fib(30) = 832040
#include <stdio.h>
#include <stdlib.h>
static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  printf("fib(%d) = %ld\n", n, fib(n));
  return 0;
}
