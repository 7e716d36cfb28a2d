/* A benchmark harness the way many are written: each kernel runs a few
   "warm-up" rounds whose results are thrown away, then a measured round whose
   result is printed. The warm-up loops compute values nobody reads: an
   optimizing compiler deletes them, and a poll point must not keep them. */
#include <stdio.h>
#include <stdlib.h>

#define N 4000
#define WARMUP 200

static double dot(const double *a, const double *b, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += a[i] * b[i];
  return s;
}

static long isqrt_sum(long n) {
  long s = 0;
  for (long i = 1; i <= n; i++) {
    long r = 0;
    while ((r + 1) * (r + 1) <= i)
      r++;
    s += r;
  }
  return s;
}

static unsigned hash(const char *p, int n) {
  unsigned h = 2166136261u;
  for (int i = 0; i < n; i++)
    h = (h ^ (unsigned char)p[i]) * 16777619u;
  return h;
}

int main(void) {
  double *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b);
  char *text = malloc(N);
  for (int i = 0; i < N; i++) {
    a[i] = i * 0.5;
    b[i] = (N - i) * 0.25;
    text[i] = (char)('a' + i % 26);
  }
  double d = 0;
  long q = 0;
  unsigned h = 0;
  for (int w = 0; w < WARMUP; w++) { /* warm-up: results dead */
    double dd = dot(a, b, N);
    long qq = isqrt_sum(N / 4);
    unsigned hh = hash(text, N);
    (void)dd, (void)qq, (void)hh;
  }
  int k = 0;
  while (k < WARMUP * 10) { /* a pure while loop with a dead result */
    long qq = isqrt_sum(N / 8);
    (void)qq;
    k++;
  }
  d = dot(a, b, N);
  q = isqrt_sum(N * 120);
  h = hash(text, N);
  printf("warmup: dot %.1f isqrt %ld hash %08x\n", d, q, h);
  free(a);
  free(b);
  free(text);
  return 0;
}
