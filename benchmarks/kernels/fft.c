/* Iterative radix-2 complex FFT (Cooley-Tukey, bit reversal + butterflies),
 * forward then inverse, repeated; checks the round trip. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define LOGN 16
#define REPS 120

typedef struct {
  double re, im;
} cpx;

static void bit_reverse(cpx *a, int n) {
  for (int i = 1, j = 0; i < n; i++) {
    int bit = n >> 1;
    for (; j & bit; bit >>= 1)
      j ^= bit;
    j ^= bit;
    if (i < j) {
      cpx t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}

static void fft(cpx *a, int n, int inverse) {
  bit_reverse(a, n);
  for (int len = 2; len <= n; len <<= 1) {
    double ang = 2 * M_PI / len * (inverse ? 1 : -1);
    cpx wl = {cos(ang), sin(ang)};
    for (int i = 0; i < n; i += len) {
      cpx w = {1.0, 0.0};
      for (int k = 0; k < len / 2; k++) {
        cpx u = a[i + k];
        cpx x = a[i + k + len / 2];
        cpx v = {x.re * w.re - x.im * w.im, x.re * w.im + x.im * w.re};
        a[i + k].re = u.re + v.re;
        a[i + k].im = u.im + v.im;
        a[i + k + len / 2].re = u.re - v.re;
        a[i + k + len / 2].im = u.im - v.im;
        double wr = w.re * wl.re - w.im * wl.im;
        w.im = w.re * wl.im + w.im * wl.re;
        w.re = wr;
      }
    }
  }
  if (inverse)
    for (int i = 0; i < n; i++) {
      a[i].re /= n;
      a[i].im /= n;
    }
}

int main(void) {
  int n = 1 << LOGN;
  cpx *a = malloc(sizeof(cpx) * n);
  cpx *orig = malloc(sizeof(cpx) * n);
  for (int i = 0; i < n; i++) {
    a[i].re = sin(i * 0.01) + 0.5 * cos(i * 0.37);
    a[i].im = 0.0;
    orig[i] = a[i];
  }
  double spec = 0.0, err = 0.0;
  for (int r = 0; r < REPS; r++) {
    fft(a, n, 0);
    spec += a[(r * 97) % n].re * a[(r * 97) % n].re +
            a[(r * 97) % n].im * a[(r * 97) % n].im;
    fft(a, n, 1);
  }
  for (int i = 0; i < n; i++) {
    double d = fabs(a[i].re - orig[i].re) + fabs(a[i].im - orig[i].im);
    if (d > err)
      err = d;
  }
  printf("fft n=%d reps=%d spec=%.9e roundtrip_err_ok=%d\n", n, REPS, spec,
         err < 1e-9);
  free(a);
  free(orig);
  return 0;
}
