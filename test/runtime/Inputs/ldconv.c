/* Checks the runtime's long double conversion (convert.c) against the
 * compiler's own conversions between x87 80-bit long double and IEEE
 * binary128 (__float128) on x86-64: both directions, random bit patterns
 * and special values (zeros, infinities, NaNs, subnormals, overflow,
 * rounding ties). Prints "ok N" or the first mismatches. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Internal runtime entry point (runtime/src/convert.h). */
int mig_ldouble_convert(int sfmt, const unsigned char *src, int dfmt, unsigned char *dst,
                        unsigned dsize);
enum { LD_X87 = 2, LD_B128 = 3 };

int __mig_user_main(int argc, char **argv, char **envp) { return 0; } /* unused */

static uint64_t state = 88172645463325252ull;
static uint64_t next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static int fails;

static void check_x87(long double v) {
  unsigned char src[16] = {0}, got[16] = {0}, want[16] = {0};
  memcpy(src, &v, 10);
  __float128 q = (__float128)v;
  memcpy(want, &q, 16);
  mig_ldouble_convert(LD_X87, src, LD_B128, got, 16);
  int nan = v != v;
  if (nan ? ((got[15] & 0x7f) != 0x7f || !(got[13] & 0x80)) : memcmp(got, want, 16) != 0) {
    if (fails++ < 5) printf("x87->b128 mismatch for %La\n", v);
  }
}

static void check_b128(__float128 q) {
  unsigned char src[16], got[16] = {0}, want[16] = {0};
  memcpy(src, &q, 16);
  long double v = (long double)q;
  memcpy(want, &v, 10);
  mig_ldouble_convert(LD_B128, src, LD_X87, got, 16);
  int nan = q != q;
  if (nan ? ((got[9] & 0x7f) != 0x7f || got[8] != 0xff || !(got[7] & 0x80)) : memcmp(got, want, 10) != 0) {
    if (fails++ < 5) {
      long double g;
      memcpy(&g, got, 10);
      printf("b128->x87 mismatch for %La: got %La\n", v, g);
    }
  }
}

int main(void) {
  long n = 0;
  long double specials[] = {0.0L, -0.0L, 1.0L, -1.0L, 1.0L / 3, __builtin_infl(), -__builtin_infl(),
                            __builtin_nanl(""), 0x1p-16445L, 0x1p-16382L, 0x1.fffffffffffffffep16383L,
                            3.141592653589793238462643383279L};
  for (unsigned i = 0; i < sizeof specials / sizeof *specials; i++, n++) {
    check_x87(specials[i]);
    check_b128((__float128)specials[i]);
  }
  for (int i = 0; i < 200000; i++, n += 2) {
    /* Random x87 values: random mantissa with the integer bit, any exponent. */
    unsigned char b[16] = {0};
    uint64_t m = next() | (1ull << 63);
    unsigned e = (unsigned)(next() % 0x7fff);
    if (i % 8 == 0) e = (unsigned)(next() % 64); /* subnormal-ish and tiny */
    if (e == 0) m &= ~(1ull << 63);
    memcpy(b, &m, 8);
    b[8] = (unsigned char)e;
    b[9] = (unsigned char)((e >> 8) | ((next() & 1) << 7));
    long double v;
    memcpy(&v, b, 10);
    check_x87(v);
    /* Random binary128 values, including ones beyond the x87 range and
     * halfway cases (low mantissa bits 1000...). */
    uint64_t lo = next(), hi = next();
    if (i % 4 == 0) lo = (lo & ~((1ull << 49) - 1)) | (1ull << 48);
    if (i % 16 == 1) hi = (hi & 0x8000ffffffffffffull) | ((uint64_t)(0x3fff - 16382 - (next() % 80)) << 48);
    unsigned char q16[16];
    memcpy(q16, &lo, 8);
    memcpy(q16 + 8, &hi, 8);
    __float128 q;
    memcpy(&q, q16, 16);
    check_b128(q);
  }
  if (fails) printf("%d mismatches in %ld conversions\n", fails, n);
  else printf("ok %ld\n", n);
  return fails != 0;
}
