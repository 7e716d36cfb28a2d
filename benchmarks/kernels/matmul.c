/* Dense matrix multiply C = A * B, double, N x N, repeated REPS times.
 * Heap matrices, i-k-j loop order; checksum over C. */
#include <stdio.h>
#include <stdlib.h>

#define N 400
#define REPS 48

static void init(double *m, int n, unsigned seed) {
  for (int i = 0; i < n * n; i++) {
    seed = seed * 1103515245u + 12345u;
    m[i] = (double)((seed >> 8) % 1000) / 500.0 - 1.0;
  }
}

static void matmul(const double *a, const double *b, double *c, int n) {
  for (int i = 0; i < n; i++) {
    double *ci = c + (size_t)i * n;
    for (int j = 0; j < n; j++)
      ci[j] = 0.0;
    for (int k = 0; k < n; k++) {
      double aik = a[(size_t)i * n + k];
      const double *bk = b + (size_t)k * n;
      for (int j = 0; j < n; j++)
        ci[j] += aik * bk[j];
    }
  }
}

int main(void) {
  double *a = malloc(sizeof(double) * N * N);
  double *b = malloc(sizeof(double) * N * N);
  double *c = malloc(sizeof(double) * N * N);
  if (!a || !b || !c) {
    fprintf(stderr, "out of memory\n");
    return 1;
  }
  init(a, N, 1);
  init(b, N, 2);
  double sum = 0.0;
  for (int r = 0; r < REPS; r++) {
    matmul(a, b, c, N);
    sum += c[(r * 7919) % (N * N)];
    /* feed the result back a little so repetitions are not identical */
    a[r % (N * N)] += c[(r * 31) % (N * N)] * 1e-6;
  }
  double total = 0.0;
  for (int i = 0; i < N * N; i++)
    total += c[i];
  printf("matmul n=%d reps=%d sample=%.9e total=%.9e\n", N, REPS, sum, total);
  free(a);
  free(b);
  free(c);
  return 0;
}
