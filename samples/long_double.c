/* long_double.c - long double values live across poll points.
 *
 * long double is the x87 80-bit format on x86-64 (64-bit significand) and
 * IEEE binary128 on AArch64 (113-bit significand). A checkpoint must convert
 * between them. To keep the output identical on both targets every value
 * computed here is exactly representable with a 64-bit significand (integers
 * below 2^64 and dyadic fractions with few significant bits), so both
 * formats hold the very same number and printf prints the same digits; the
 * values do use more than double's 53 bits, so a restore that goes through
 * double would be caught. (On armhf long double is double: it prints
 * "precision lost" lines, and directions to and from it are skipped by
 * mig-migrate-test --allow-nonportable.)
 */
#include <float.h>
#include <stdio.h>
#include <stdint.h>

struct ldpair {
  long double a;
  int tag;
  long double b;
};

static long double g_sum = 0.0L;
static long double g_hist[8];

static long double scale(long double x, int k) {
  while (k > 0) { x *= 2.0L; k--; }
  while (k < 0) { x /= 2.0L; k++; }
  return x;
}

int main(void) {
  long double fact = 1.0L;          /* n! while n! < 2^63 */
  long double big = 9007199254740993.0L; /* 2^53 + 1: not a double */
  long double frac = 0.0L;          /* sums of 2^-k */
  long double tri = 0.0L;           /* triangular numbers */
  struct ldpair p = {0.5L, 1, -0.75L};
  long double arr[6] = {1.0L, 3.0L, 0.125L, -2.5L, 1024.0L, 1e3L};
  uint64_t check = 0;

  for (int step = 0; step < 400; step++) {
    int n = step % 20 + 1;
    if (n == 1) fact = 1.0L;
    fact *= n;                                /* up to 20! < 2^63: exact */
    big += 2.0L;                              /* odd numbers above 2^53 */
    if (big > 18446744073709551000.0L / 2) big = 9007199254740993.0L;
    frac += scale(1.0L, -(step % 60 + 1));    /* all dyadic, < 2 */
    if (frac >= 1.5L) frac -= 1.0L;
    tri += step;
    p.a = p.a * 2.0L + 1.0L;                  /* 2^k - 1/2 style values */
    if (p.a > 1e15L) p.a = 0.5L;
    p.b -= 0.25L;
    p.tag++;
    arr[step % 6] = arr[step % 6] * 3.0L + 0.5L;
    if (arr[step % 6] > 1e17L || arr[step % 6] < -1e17L) arr[step % 6] = (long double)step / 8.0L;
    g_sum += fact / 4.0L;
    if (g_sum > 1e18L) g_sum -= 1e18L;
    g_hist[step % 8] = big - 9007199254740992.0L;

    /* Checks that only hold with more than 53 significand bits. */
    long double diff = big - (big - 1.0L);
    if (diff != 1.0L) printf("precision lost at step %d\n", step);

    check = check * 1000003u + (uint64_t)fact + (uint64_t)big + (uint64_t)scale(frac, 62) +
            (uint64_t)tri + (uint64_t)(p.a * 2) + (uint64_t)(int64_t)(p.b * 4) +
            (uint64_t)(int64_t)(arr[step % 6] * 2) + (uint64_t)g_sum;

    if (step % 20 == 0) {
      printf("step %3d fact %.0Lf big %.0Lf frac %.25Lg tri %.0Lf\n", step, fact, big, frac, tri);
      printf("         p.a %.1Lf p.b %.2Lf tag %d arr %.3Lf g_sum %.2Lf hist %.0Lf\n", p.a, p.b, p.tag,
             arr[step % 6], g_sum, g_hist[(step + 3) % 8]);
    }
  }
  printf("long double holds 64 significand bits: %s\n", LDBL_MANT_DIG >= 64 ? "yes" : "no");
  printf("checksum %016llx\n", (unsigned long long)check);
  return 0;
}
