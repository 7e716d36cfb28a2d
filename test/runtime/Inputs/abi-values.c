/* The values test/runtime/abi-convert.test converts: compiled for every
 * target as an object file (the compiler lays out the initialized data:
 * byte order, sizes, alignments, bit-field positions, long double format),
 * and included by the native checker abi-convert.c, which converts each
 * target's bytes with the runtime's routines and compares with its own. */
#include <stddef.h> /* wchar_t; no C library headers: any target compiles it */
#include "abi-ldvalues.h"

enum color { RED = -2, GREEN = 7, BLUE = 1000 };

struct sample {
  char c;
  signed char sc;
  unsigned char uc;
  _Bool b;
  short s;
  unsigned short us;
  int i;
  unsigned u;
  long l;           /* fits in 32 bits: narrows */
  unsigned long ul;
  long long ll;
  unsigned long long ull;
  double d;         /* 4-aligned in an i686 struct */
  float f;
  enum color e;
  wchar_t w;
  unsigned bf3 : 3;
  int bf5 : 5;
  unsigned bf12 : 12; /* straddles a byte */
  int bf20 : 20;
  unsigned long long bf40 : 40;
  long double ld[ABI_LD_COUNT];
};

#define SAMPLE_INIT                                                               \
  {'A', -100, 200, 1, -12345, 54321, -2000000000, 4000000000u, -2147483647L,    \
   4294967295ul, -9000000000000000000LL, 18000000000000000000ull, -0x1.23456789abcdep-700, \
   3.25f, BLUE, 0x10FFFF, 5, -11, 0xABC, -300000, 0xFEDCBA9876ull, {ABI_LD_VALUES}}

/* Everything at fixed places in one array: a header of byte-sized facts
 * (byte order, the offsets and sizes of the non-bit-field members), then
 * the sample, then one probe per bit-field (that field all ones, the rest
 * zero: what the runtime's probe finds). */
#define M(f) offsetof(struct sample, f), sizeof(((struct sample *)0)->f)
struct blob {
  unsigned char big_endian, nmembers, ld_size, pad;
  unsigned short offs[2 * 18]; /* (offset, size) pairs; then sizeof(struct sample) */
  _Alignas(16) struct sample s;
  struct sample probe[5];
};

struct blob abi_blob = {
  __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__, 17, sizeof(long double), 0,
  {M(c), M(sc), M(uc), M(b), M(s), M(us), M(i), M(u), M(l), M(ul), M(ll), M(ull),
   M(d), M(f), M(e), M(w), M(ld), sizeof(struct sample)},
  SAMPLE_INIT,
  {{.bf3 = 7}, {.bf5 = -1}, {.bf12 = 0xFFF}, {.bf20 = -1}, {.bf40 = 0xFFFFFFFFFFull}},
};
