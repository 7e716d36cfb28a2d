/*===- unit_convert.c - convert.c: byte order, integer widths, long double -===*
 * The receiver-makes-right conversion of single scalars (convert.h), on
 * hand-written sender/receiver architecture records: byte swaps, widening
 * and narrowing with and without sign (a value that does not fit is an
 * error, never truncated), plain char kept as bytes, long double between
 * x87, binary128 and binary64 (with rounding), bit-field placement.
 *===----------------------------------------------------------------------===*/
#include "convert.h"
#include "unit.h"
#include <float.h>
#include <math.h>
#include <mig/typeinfo.h>

static mig_arch arch(int bo, int char_signed, int ld) {
  mig_arch a;
  memset(&a, 0, sizeof a);
  a.byte_order = (uint8_t)bo;
  a.char_signed = (uint8_t)char_signed;
  a.ldouble_format = (uint8_t)ld;
  return a;
}

static void raw_integers(void) {
  const unsigned char b[4] = {1, 2, 3, 4};
  CHECK(mig_load_uint(b, 4, MIG_BO_LITTLE) == 0x04030201u);
  CHECK(mig_load_uint(b, 4, MIG_BO_BIG) == 0x01020304u);
  unsigned char out[8];
  mig_store_uint(out, 4, MIG_BO_BIG, 0x0A0B0C0Du);
  CHECK_BYTES(out, "\x0A\x0B\x0C\x0D", 4);
  const unsigned char ff[2] = {0xFF, 0xFE};
  CHECK(mig_load_int(ff, 1, MIG_BO_LITTLE, 1) == -1);
  CHECK(mig_load_int(ff, 1, MIG_BO_LITTLE, 0) == 255);
  CHECK(mig_load_int(ff, 2, MIG_BO_LITTLE, 1) == -257); /* 0xFEFF */
  CHECK(mig_store_int(out, 1, MIG_BO_LITTLE, 1, -128) == 0 && out[0] == 0x80);
  CHECK(mig_store_int(out, 1, MIG_BO_LITTLE, 1, 128) == -1);
  CHECK(mig_store_int(out, 1, MIG_BO_LITTLE, 0, 255) == 0 && out[0] == 0xFF);
  CHECK(mig_store_int(out, 1, MIG_BO_LITTLE, 0, 256) == -1);
  CHECK(mig_store_int(out, 4, MIG_BO_LITTLE, 0, -1) == -1);
}

static void integer_widths(void) {
  mig_arch le = arch(MIG_BO_LITTLE, 1, MIG_LD_X87), be = arch(MIG_BO_BIG, 0, MIG_LD_BINARY128);
  char err[160] = "";
  unsigned char src[16], dst[16];
  /* long -5: 8 bytes little-endian -> 4 bytes big-endian, sign kept. */
  mig_store_int(src, 8, MIG_BO_LITTLE, 1, -5);
  CHECK(mig_convert_scalar(MIG_K_LONG, 0, &le, src, 8, &be, dst, 4, err, sizeof err) == 0);
  CHECK_BYTES(dst, "\xFF\xFF\xFF\xFB", 4);
  /* ... and back, widened with its sign. */
  CHECK(mig_convert_scalar(MIG_K_LONG, 0, &be, dst, 4, &le, src, 8, err, sizeof err) == 0);
  CHECK(mig_load_int(src, 8, MIG_BO_LITTLE, 1) == -5);
  /* unsigned long 0xFFFFFFFF, 4 -> 8 bytes: zero-extended. */
  mig_store_int(src, 4, MIG_BO_LITTLE, 0, 0xFFFFFFFFu);
  CHECK(mig_convert_scalar(MIG_K_ULONG, 0, &le, src, 4, &le, dst, 8, err, sizeof err) == 0);
  CHECK(mig_load_uint(dst, 8, MIG_BO_LITTLE) == 0xFFFFFFFFu);
  /* A value that does not fit is refused, with a message, not truncated. */
  mig_store_int(src, 8, MIG_BO_LITTLE, 1, (mig_i128)1 << 40);
  CHECK(mig_convert_scalar(MIG_K_LONG, 0, &le, src, 8, &le, dst, 4, err, sizeof err) == -1);
  CHECK(strstr(err, "does not fit in 4 bytes") != NULL);
  mig_store_int(src, 8, MIG_BO_LITTLE, 0, (mig_i128)1 << 32);
  CHECK(mig_convert_scalar(MIG_K_ULONG, 0, &le, src, 8, &le, dst, 4, err, sizeof err) == -1);
  /* Enums: signedness from the descriptor's flag. */
  mig_store_int(src, 4, MIG_BO_LITTLE, 1, -1);
  CHECK(mig_convert_scalar(MIG_K_ENUM, MIG_TF_SIGNED, &le, src, 4, &be, dst, 2, err, sizeof err) == 0);
  CHECK_BYTES(dst, "\xFF\xFF", 2);
  CHECK(mig_convert_scalar(MIG_K_ENUM, 0, &le, src, 4, &be, dst, 2, err, sizeof err) == -1);
  /* Plain char is text: the byte is kept whatever char's signedness. */
  src[0] = 0xE9;
  CHECK(mig_convert_scalar(MIG_K_CHAR, 0, &le, src, 1, &be, dst, 1, err, sizeof err) == 0 &&
        dst[0] == 0xE9);
  CHECK(mig_kind_signed(&le, MIG_K_CHAR, 0) == 1 && mig_kind_signed(&be, MIG_K_CHAR, 0) == 0);
  /* _Bool and __int128 are integers too; pointers are not converted here. */
  CHECK(mig_is_integer_kind(MIG_K_BOOL) && mig_is_integer_kind(MIG_K_INT128) &&
        mig_is_integer_kind(MIG_K_ENUM) && !mig_is_integer_kind(MIG_K_PTR));
  CHECK(mig_convert_scalar(MIG_K_PTR, 0, &le, src, 8, &le, dst, 8, err, sizeof err) == -1);
}

static void floats(void) {
  mig_arch le = arch(MIG_BO_LITTLE, 1, MIG_LD_X87), be = arch(MIG_BO_BIG, 0, MIG_LD_BINARY128);
  char err[160];
  unsigned char src[16], dst[16];
  double one = 1.0;
  memcpy(src, &one, 8); /* both hosts are little-endian */
  CHECK(mig_convert_scalar(MIG_K_DOUBLE, 0, &le, src, 8, &be, dst, 8, err, sizeof err) == 0);
  CHECK_BYTES(dst, "\x3F\xF0\0\0\0\0\0\0", 8);
  CHECK(mig_convert_scalar(MIG_K_FLOAT, 0, &le, src, 4, &be, dst, 8, err, sizeof err) == -1);
  double v;
  CHECK(mig_load_float(&be, MIG_K_DOUBLE, dst, 8, &v) == 0 && v == 1.0);
  /* _Complex double: two doubles, each swapped in place. */
  double c[2] = {1.0, -2.0};
  unsigned char cd[16];
  CHECK(mig_convert_scalar(MIG_K_CDOUBLE, 0, &le, (unsigned char *)c, 16, &be, cd, 16, err,
                           sizeof err) == 0);
  CHECK_BYTES(cd + 8, "\xC0\0\0\0\0\0\0\0", 8);
}

/* 1.5 in each long double format, little-endian. */
static const unsigned char x87_15[16] = {0, 0, 0, 0, 0, 0, 0, 0xC0, 0xFF, 0x3F};
static const unsigned char b128_15[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0xFF, 0x3F};
static const unsigned char b64_15[8] = {0, 0, 0, 0, 0, 0, 0xF8, 0x3F};

static void long_doubles(void) {
  unsigned char out[16];
  CHECK(mig_ldouble_convert(MIG_LD_X87, x87_15, MIG_LD_BINARY128, out, 16) == 0);
  CHECK_BYTES(out, b128_15, 16);
  CHECK(mig_ldouble_convert(MIG_LD_BINARY128, b128_15, MIG_LD_X87, out, 16) == 0);
  CHECK_BYTES(out, x87_15, 10);
  CHECK(mig_ldouble_convert(MIG_LD_X87, x87_15, MIG_LD_BINARY64, out, 8) == 0);
  CHECK_BYTES(out, b64_15, 8);
  CHECK(mig_ldouble_convert(MIG_LD_X87, x87_15, MIG_LD_BINARY128, out, 8) == -1); /* too small */
  CHECK(mig_ldouble_convert(MIG_LD_DOUBLEDOUBLE, x87_15, MIG_LD_X87, out, 16) == -1);
  /* Through mig_convert_scalar: x86-64 (x87 in 16 bytes) -> s390x
   * (binary128, big-endian). */
  mig_arch x86 = arch(MIG_BO_LITTLE, 1, MIG_LD_X87), s390 = arch(MIG_BO_BIG, 0, MIG_LD_BINARY128);
  char err[160];
  unsigned char be[16], want[16];
  for (int i = 0; i < 16; i++) want[i] = b128_15[15 - i];
  CHECK(mig_convert_scalar(MIG_K_LDOUBLE, 0, &x86, x87_15, 16, &s390, be, 16, err, sizeof err) == 0);
  CHECK_BYTES(be, want, 16);
  /* Infinity and NaN stay what they are. */
  const unsigned char x87_inf[10] = {0, 0, 0, 0, 0, 0, 0, 0x80, 0xFF, 0xFF};
  double d;
  CHECK(mig_ldouble_convert(MIG_LD_X87, x87_inf, MIG_LD_BINARY64, out, 8) == 0);
  memcpy(&d, out, 8);
  CHECK(isinf(d) && d < 0);
  const unsigned char x87_nan[10] = {0, 0, 0, 0, 0, 0, 0, 0xC0, 0xFF, 0x7F};
  CHECK(mig_ldouble_convert(MIG_LD_X87, x87_nan, MIG_LD_BINARY128, out, 16) == 0);
  CHECK(mig_ldouble_convert(MIG_LD_BINARY128, out, MIG_LD_BINARY64, out, 8) == 0);
  memcpy(&d, out, 8);
  CHECK(isnan(d));
}

/* On the host's own long double: narrowing to binary64 rounds like the
 * compiler's (long double -> double) conversion, and a round trip through
 * the other 16-byte format is exact for values both can hold. */
static void long_double_rounding(void) {
  int host = LDBL_MANT_DIG == 64 ? MIG_LD_X87 : LDBL_MANT_DIG == 113 ? MIG_LD_BINARY128 : 0;
  if (!host) return;
  int other = host == MIG_LD_X87 ? MIG_LD_BINARY128 : MIG_LD_X87;
  const long double vals[] = {1.0L / 3, -2.0L / 3, 1e-310L, 0x1.fffffffffffff8p0L, 1e300L * 10,
                              123456789.125L, -0.0L};
  for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
    unsigned char in[16] = {0}, out[16], back[16];
    memcpy(in, &vals[i], sizeof vals[i]);
    CHECK(mig_ldouble_convert(host, in, MIG_LD_BINARY64, out, 8) == 0);
    double d, want = (double)vals[i];
    memcpy(&d, out, 8);
    CHECK(memcmp(&d, &want, 8) == 0);
    CHECK(mig_ldouble_convert(host, in, other, out, 16) == 0);
    CHECK(mig_ldouble_convert(other, out, host, back, 16) == 0);
    CHECK_BYTES(back, in, 10); /* x87's 10 significant bytes (binary128: its low 10) */
  }
}

static void bit_fields(void) {
  unsigned char b[4] = {0};
  mig_put_bits(b, 3, 5, MIG_BO_LITTLE, 0x15); /* bits 3..7 of byte 0 */
  CHECK(b[0] == 0xA8 && b[1] == 0);
  CHECK(mig_get_bits(b, 3, 5, MIG_BO_LITTLE) == 0x15);
  memset(b, 0, sizeof b);
  mig_put_bits(b, 6, 4, MIG_BO_LITTLE, 0xF); /* straddles bytes 0 and 1 */
  CHECK(b[0] == 0xC0 && b[1] == 0x03);
  CHECK(mig_bitfield_lsb(b, 4, MIG_BO_LITTLE) == 6);
  /* Big-endian: a field fills its unit from the most significant bit. */
  memset(b, 0, sizeof b);
  mig_put_bits(b, 4, 4, MIG_BO_BIG, 0xF); /* low bit at bit 4 of byte 0: bits 7..4 */
  CHECK(b[0] == 0xF0);
  CHECK(mig_get_bits(b, 4, 4, MIG_BO_BIG) == 0xF);
  CHECK(mig_bitfield_lsb(b, 4, MIG_BO_BIG) == 4);
}

int main(void) {
  raw_integers();
  integer_widths();
  floats();
  long_doubles();
  long_double_rounding();
  bit_fields();
  return unit_done("unit_convert");
}
