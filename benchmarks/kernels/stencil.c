/* 2-D Jacobi stencil: 5-point average on an N x N grid with fixed borders,
 * ITERS sweeps ping-ponging between two local (stack) grids... too big for
 * the stack at this size, so the grids are heap arrays of rows. */
#include <stdio.h>
#include <stdlib.h>

#define N 512
#define ITERS 2800

static double **alloc_grid(int n) {
  double **g = malloc(sizeof(double *) * n);
  for (int i = 0; i < n; i++)
    g[i] = calloc(n, sizeof(double));
  return g;
}

static void free_grid(double **g, int n) {
  for (int i = 0; i < n; i++)
    free(g[i]);
  free(g);
}

static void set_boundary(double **g, int n) {
  for (int i = 0; i < n; i++) {
    g[0][i] = 1.0;
    g[n - 1][i] = -1.0;
    g[i][0] = (double)i / n;
    g[i][n - 1] = 0.5;
  }
}

static double sweep(double **dst, double **src, int n) {
  double delta = 0.0;
  for (int i = 1; i < n - 1; i++) {
    const double *up = src[i - 1], *mid = src[i], *down = src[i + 1];
    double *out = dst[i];
    for (int j = 1; j < n - 1; j++) {
      double v = 0.25 * (up[j] + down[j] + mid[j - 1] + mid[j + 1]);
      double d = v - mid[j];
      delta += d * d;
      out[j] = v;
    }
  }
  return delta;
}

int main(void) {
  double **a = alloc_grid(N), **b = alloc_grid(N);
  set_boundary(a, N);
  set_boundary(b, N);
  double delta = 0.0;
  for (int it = 0; it < ITERS; it++) {
    delta = sweep(b, a, N);
    double **t = a;
    a = b;
    b = t;
  }
  double sum = 0.0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      sum += a[i][j] * (double)((i + j) % 7);
  printf("stencil n=%d iters=%d delta=%.9e sum=%.9e\n", N, ITERS, delta, sum);
  free_grid(a, N);
  free_grid(b, N);
  return 0;
}
