/* matrix.c - array computations with local arrays.
 *
 * Exercises: 2-D local arrays (large and small) live across poll points,
 * arrays passed to functions (decaying to pointers), a row pointer kept in a
 * local, integer matrix multiplication with modular reduction, a Gaussian
 * elimination over a prime field, a local double matrix holding only exactly
 * representable values (so the result does not depend on fused multiply-add),
 * and a stencil over a local grid.
 */
#include <stdio.h>
#include <stdint.h>

#define N 24
#define P 1000003u

static void matmul(uint32_t c[N][N], uint32_t a[N][N], uint32_t b[N][N]) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      uint64_t s = 0;
      for (int k = 0; k < N; k++) s += (uint64_t)a[i][k] * b[k][j];
      c[i][j] = (uint32_t)(s % P);
    }
}

static uint32_t powmod(uint32_t b, uint32_t e) {
  uint64_t r = 1, x = b;
  while (e) {
    if (e & 1) r = r * x % P;
    x = x * x % P;
    e >>= 1;
  }
  return (uint32_t)r;
}

/* Determinant over GF(P) by Gaussian elimination (destroys m). */
static uint32_t det(uint32_t m[N][N]) {
  uint64_t d = 1;
  for (int c = 0; c < N; c++) {
    int piv = -1;
    for (int r = c; r < N; r++)
      if (m[r][c]) { piv = r; break; }
    if (piv < 0) return 0;
    if (piv != c) {
      for (int k = 0; k < N; k++) { uint32_t t = m[c][k]; m[c][k] = m[piv][k]; m[piv][k] = t; }
      d = (P - d) % P;
    }
    d = d * m[c][c] % P;
    uint32_t inv = powmod(m[c][c], P - 2);
    for (int r = c + 1; r < N; r++) {
      uint64_t f = (uint64_t)m[r][c] * inv % P;
      for (int k = c; k < N; k++) m[r][k] = (uint32_t)((m[r][k] + (P - f) * m[c][k]) % P);
    }
  }
  return (uint32_t)d;
}

int main(void) {
  uint32_t a[N][N], b[N][N], c[N][N], tmp[N][N];
  double grid[16][16], next[16][16];
  uint64_t check = 0;

  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (uint32_t)((i * 31 + j * 17 + 5) % 97);
      b[i][j] = (uint32_t)((i == j) + (i + 2 * j) % 5);
    }

  for (int iter = 0; iter < 12; iter++) {
    matmul(c, a, b);
    uint32_t *row = c[iter % N];
    uint64_t trace = 0;
    for (int i = 0; i < N; i++) trace += c[i][i];
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) tmp[i][j] = c[i][j];
    uint32_t dt = det(tmp);
    printf("iter %2d trace %8llu det %7u row[%d]: %u %u %u %u\n", iter, (unsigned long long)trace, dt,
           iter % N, row[0], row[1], row[2], row[N - 1]);
    check = check * 1000003u + trace + dt + row[5];
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) a[i][j] = (c[i][j] + (uint32_t)iter) % 1000;
  }

  /* Stencil: grid values stay small dyadic numbers, exactly representable. */
  for (int i = 0; i < 16; i++)
    for (int j = 0; j < 16; j++) grid[i][j] = (i == 8 && j == 8) ? 4096.0 : 0.0;
  for (int t = 0; t < 40; t++) {
    for (int i = 0; i < 16; i++)
      for (int j = 0; j < 16; j++) {
        double s = grid[i][j] * 2.0;
        if (i > 0) s += grid[i - 1][j];
        if (i < 15) s += grid[i + 1][j];
        if (j > 0) s += grid[i][j - 1];
        if (j < 15) s += grid[i][j + 1];
        next[i][j] = s / 8.0;
      }
    double total = 0.0;
    for (int i = 0; i < 16; i++)
      for (int j = 0; j < 16; j++) {
        grid[i][j] = next[i][j];
        total += grid[i][j];
      }
    if (t % 4 == 0) printf("stencil %2d center %.6f corner %.3e total %.6f\n", t, grid[8][8], grid[0][0], total);
    check = check * 31 + (uint64_t)(grid[8][8] * 1024.0) + (uint64_t)(total * 16);
  }
  printf("checksum %016llx\n", (unsigned long long)check);
  return 0;
}
