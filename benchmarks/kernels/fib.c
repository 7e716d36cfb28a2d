/* Naive doubly recursive Fibonacci, repeated. */
#include <stdio.h>

#define N 32
#define REPS 80

static long fib(int n) {
  if (n < 2)
    return n;
  return fib(n - 1) + fib(n - 2);
}

/* read on every repetition so the compiler cannot fold repeated calls */
static volatile int arg = N;

int main(void) {
  long sum = 0;
  for (int r = 0; r < REPS; r++)
    sum += fib(arg);
  printf("fib n=%d reps=%d sum=%ld\n", N, REPS, sum);
  return 0;
}
