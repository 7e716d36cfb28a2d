/* Longest Collatz chain below N: a small helper with a data-dependent while
   loop, called once per start value. The helper's loop has no side effects
   but its result is used. */
#include <stdio.h>

#define N 3000000

static unsigned steps(unsigned long n) {
  unsigned s = 0;
  while (n != 1) {
    n = (n & 1) ? 3 * n + 1 : n / 2;
    s++;
  }
  return s;
}

int main(void) {
  unsigned best = 0, arg = 1;
  for (unsigned long i = 1; i < N; i++) {
    unsigned s = steps(i);
    if (s > best) {
      best = s;
      arg = (unsigned)i;
    }
  }
  printf("collatz below %d: %u takes %u steps\n", N, arg, best);
  return 0;
}
