/*===- convert.c - Scalar conversion between architectures ----------------===*/
#include "convert.h"
#include <mig/typeinfo.h>
#include <stdio.h>
#include <string.h>

typedef mig_u128 u128;
typedef mig_i128 i128;

/*--- Integers --------------------------------------------------------------*/
u128 mig_load_uint(const unsigned char *p, unsigned size, int bo) {
  u128 v = 0;
  for (unsigned i = 0; i < size; i++) {
    unsigned idx = bo == MIG_BO_BIG ? size - 1 - i : i;
    v |= (u128)p[idx] << (8 * i);
  }
  return v;
}

void mig_store_uint(unsigned char *p, unsigned size, int bo, u128 v) {
  for (unsigned i = 0; i < size; i++) {
    unsigned idx = bo == MIG_BO_BIG ? size - 1 - i : i;
    p[idx] = (unsigned char)(v >> (8 * i));
  }
}

i128 mig_load_int(const unsigned char *p, unsigned size, int bo, int is_signed) {
  u128 v = mig_load_uint(p, size, bo);
  if (is_signed && size < 16 && size > 0 && (v >> (8 * size - 1)) & 1)
    v |= ~(u128)0 << (8 * size); /* sign-extend */
  return (i128)v;
}

int mig_store_int(unsigned char *p, unsigned size, int bo, int is_signed, i128 v) {
  if (size < 16) {
    unsigned bits = 8 * size;
    if (is_signed) {
      i128 lo = -((i128)1 << (bits - 1)), hi = ((i128)1 << (bits - 1)) - 1;
      if (v < lo || v > hi) return -1;
    } else if (v < 0 || (u128)v >> bits) {
      return -1;
    }
  }
  mig_store_uint(p, size, bo, (u128)v);
  return 0;
}

int mig_kind_signed(const mig_arch *a, unsigned kind, unsigned flags) {
  switch (kind) {
  case MIG_K_CHAR: return a->char_signed;
  case MIG_K_SCHAR: case MIG_K_SHORT: case MIG_K_INT: case MIG_K_LONG:
  case MIG_K_LLONG: case MIG_K_INT128: return 1;
  case MIG_K_ENUM: case MIG_K_PTRINT: return (flags & MIG_TF_SIGNED) != 0;
  default: return 0;
  }
}

int mig_is_integer_kind(unsigned kind) {
  return (kind >= MIG_K_BOOL && kind <= MIG_K_UINT128) || kind == MIG_K_ENUM;
}

/*--- Bit-fields ------------------------------------------------------------*/
/* Byte and bit of bit b (0 = least significant) of a field whose least
 * significant bit is at `at`. Big-endian: number the bits from the most
 * significant bit of byte 0 (q); the field's bits are consecutive there,
 * most significant first. */
static void bit_place(uint32_t at, unsigned b, int bo, uint32_t *byte, unsigned *bit) {
  if (bo != MIG_BO_BIG) {
    *byte = (at + b) / 8;
    *bit = (at + b) % 8;
    return;
  }
  uint32_t q = at / 8 * 8 + (7 - at % 8) - b;
  *byte = q / 8;
  *bit = 7 - q % 8;
}

uint64_t mig_get_bits(const unsigned char *p, uint32_t at, unsigned w, int bo) {
  uint64_t v = 0;
  for (unsigned b = 0; b < w && b < 64; b++) {
    uint32_t byte;
    unsigned bit;
    bit_place(at, b, bo, &byte, &bit);
    v |= (uint64_t)((p[byte] >> bit) & 1) << b;
  }
  return v;
}

void mig_put_bits(unsigned char *p, uint32_t at, unsigned w, int bo, uint64_t v) {
  for (unsigned b = 0; b < w && b < 64; b++) {
    uint32_t byte;
    unsigned bit;
    bit_place(at, b, bo, &byte, &bit);
    if ((v >> b) & 1) p[byte] |= (unsigned char)(1u << bit);
  }
}

/* Little-endian: the lowest set bit of the first byte with bits set;
 * big-endian: of the last one (the field's low bits end it there). */
uint32_t mig_bitfield_lsb(const unsigned char *b, size_t n, int bo) {
  if (bo == MIG_BO_BIG) {
    for (size_t i = n; i-- > 0;)
      if (b[i]) return (uint32_t)(i * 8 + (unsigned)__builtin_ctz(b[i]));
  } else {
    for (size_t i = 0; i < n; i++)
      if (b[i]) return (uint32_t)(i * 8 + (unsigned)__builtin_ctz(b[i]));
  }
  return 0;
}

/*--- Floating point ------------------------------------------------------*/
/* A finite non-zero value is mant * 2^(exp - 127): bit 127 of mant is the
 * leading one after normalization. */
enum { FP_ZERO, FP_NORMAL, FP_INF, FP_NAN };
typedef struct ext {
  int cls, sign;
  int exp;
  u128 mant;
} ext;

typedef struct fmt_desc {
  unsigned bytes;    /* significant bytes                          */
  int expbits, bias;
  unsigned p;        /* significand bits including the leading one */
  int explicit_one;  /* x87 stores the integer bit                 */
} fmt_desc;

static const fmt_desc *fmt_of(int f) {
  static const fmt_desc b64 = {8, 11, 1023, 53, 0}, x87 = {10, 15, 16383, 64, 1},
                        b128 = {16, 15, 16383, 113, 0}, b32 = {4, 8, 127, 24, 0};
  switch (f) {
  case MIG_LD_BINARY64: return &b64;
  case MIG_LD_X87: return &x87;
  case MIG_LD_BINARY128: return &b128;
  case 100: return &b32; /* float, internal */
  default: return NULL;
  }
}

static int clz128(u128 v) {
  uint64_t hi = (uint64_t)(v >> 64), lo = (uint64_t)v;
  return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll(lo);
}

/* Decode a little-endian value of format f. */
static void decode(const fmt_desc *f, const unsigned char *p, ext *x) {
  u128 bits = mig_load_uint(p, f->bytes, MIG_BO_LITTLE);
  unsigned total = f->explicit_one ? 80 : 8 * f->bytes;
  unsigned fracbits = f->p - 1;
  int emax = (1 << f->expbits) - 1;
  x->sign = (int)((bits >> (total - 1)) & 1);
  int e = (int)((bits >> (total - 1 - f->expbits)) & (u128)emax);
  u128 m = bits & (((u128)1 << (f->explicit_one ? 64 : fracbits)) - 1);
  u128 frac = f->explicit_one ? m & (((u128)1 << 63) - 1) : m;
  if (e == emax) {
    x->cls = frac ? FP_NAN : FP_INF;
    x->mant = frac << (128 - fracbits); /* payload, quiet bit first */
    x->exp = 0;
    return;
  }
  if (!f->explicit_one && e != 0) m |= (u128)1 << fracbits;
  if (m == 0) {
    x->cls = FP_ZERO;
    x->mant = 0;
    x->exp = 0;
    return;
  }
  /* value = m * 2^(E - fracbits), E = e - bias (denormals: 1 - bias). */
  int E = (e == 0 ? 1 : e) - f->bias;
  int lz = clz128(m);
  x->cls = FP_NORMAL;
  x->mant = m << lz;
  x->exp = E + (127 - lz) - (int)fracbits;
}

/* Encode x in format f (little-endian, f->bytes bytes), rounding to nearest
 * even; overflow gives infinity. */
static void encode(const fmt_desc *f, const ext *x, unsigned char *out) {
  unsigned total = f->explicit_one ? 80 : 8 * f->bytes;
  unsigned fracbits = f->p - 1;
  int emax = (1 << f->expbits) - 1;
  u128 bits = 0, m = 0;
  int biased = 0;
  if (x->cls == FP_INF || x->cls == FP_NAN) {
    biased = emax;
    if (x->cls == FP_NAN) {
      m = x->mant >> (128 - fracbits);
      if (!m) m = (u128)1 << (fracbits - 1);
    }
    if (f->explicit_one) m |= (u128)1 << 63;
  } else if (x->cls == FP_NORMAL) {
    int e = x->exp;
    unsigned shift = 128 - f->p;
    int denormal = e < 1 - f->bias;
    if (denormal) shift += (unsigned)(1 - f->bias - e);
    if (shift > 128) {
      m = 0;
    } else {
      u128 rem = shift == 128 ? x->mant : x->mant & (((u128)1 << shift) - 1);
      u128 half = (u128)1 << (shift - 1);
      m = shift == 128 ? 0 : x->mant >> shift;
      if (rem > half || (rem == half && (m & 1))) m++;
    }
    if (denormal) {
      biased = (m >> fracbits) ? 1 : 0; /* rounded up into the normal range */
    } else {
      if (m >> f->p) { /* rounding carried out */
        m >>= 1;
        e++;
      }
      biased = e + f->bias;
      if (biased >= emax) { biased = emax; m = f->explicit_one ? (u128)1 << 63 : 0; }
    }
    if (!f->explicit_one) m &= ((u128)1 << fracbits) - 1;
  }
  bits = m | ((u128)biased << (total - 1 - f->expbits)) | ((u128)x->sign << (total - 1));
  memset(out, 0, f->bytes);
  mig_store_uint(out, f->bytes, MIG_BO_LITTLE, bits);
}

int mig_ldouble_convert(int sfmt, const unsigned char *src, int dfmt,
                        unsigned char *dst, unsigned dsize) {
  const fmt_desc *s = fmt_of(sfmt), *d = fmt_of(dfmt);
  if (!s || !d || dsize < d->bytes) return -1;
  ext x;
  decode(s, src, &x);
  memset(dst, 0, dsize);
  encode(d, &x, dst);
  return 0;
}

/* Copy n bytes, reversing them when the byte orders differ. */
static void copy_ordered(unsigned char *dst, const unsigned char *src, unsigned n,
                         int from_bo, int to_bo) {
  if (from_bo == to_bo) {
    memcpy(dst, src, n);
  } else {
    for (unsigned i = 0; i < n; i++) dst[i] = src[n - 1 - i];
  }
}

static int convert_ldouble(const mig_arch *sa, const unsigned char *src, unsigned ssize,
                           const mig_arch *ra, unsigned char *dst, unsigned rsize,
                           char *err, size_t errlen) {
  unsigned char le[16] = {0}, out[16] = {0};
  const fmt_desc *s = fmt_of(sa->ldouble_format), *d = fmt_of(ra->ldouble_format);
  if (!s || !d || ssize > 16 || rsize > 16 || ssize < s->bytes || rsize < d->bytes) {
    snprintf(err, errlen, "unsupported long double format conversion");
    return -1;
  }
  copy_ordered(le, src, s->bytes, sa->byte_order, MIG_BO_LITTLE);
  mig_ldouble_convert(sa->ldouble_format, le, ra->ldouble_format, out, 16);
  memset(dst, 0, rsize);
  copy_ordered(dst, out, d->bytes, MIG_BO_LITTLE, ra->byte_order);
  return 0;
}

int mig_convert_scalar(unsigned kind, unsigned flags, const mig_arch *sa,
                       const unsigned char *src, unsigned ssize,
                       const mig_arch *ra, unsigned char *dst, unsigned rsize,
                       char *err, size_t errlen) {
  if (kind == MIG_K_CHAR && ssize == 1 && rsize == 1) {
    *dst = *src; /* text: bytes are kept whatever char's signedness */
    return 0;
  }
  if (mig_is_integer_kind(kind)) {
    if (ssize > 16 || rsize > 16) goto bad_size;
    int ssig = mig_kind_signed(sa, kind, flags), rsig = mig_kind_signed(ra, kind, flags);
    i128 v = mig_load_int(src, ssize, sa->byte_order, ssig);
    if (mig_store_int(dst, rsize, ra->byte_order, rsig, v) != 0) {
      snprintf(err, errlen, "%s value %lld does not fit in %u bytes",
               mig_kind_name(kind), (long long)v, rsize);
      return -1;
    }
    return 0;
  }
  switch (kind) {
  case MIG_K_FLOAT:
  case MIG_K_DOUBLE:
    if (ssize != rsize || ssize > 16) goto bad_size;
    copy_ordered(dst, src, ssize, sa->byte_order, ra->byte_order);
    return 0;
  case MIG_K_LDOUBLE:
    if (sa->ldouble_format == ra->ldouble_format && ssize == rsize) {
      copy_ordered(dst, src, ssize, sa->byte_order, ra->byte_order);
      return 0;
    }
    return convert_ldouble(sa, src, ssize, ra, dst, rsize, err, errlen);
  case MIG_K_CFLOAT:
  case MIG_K_CDOUBLE:
  case MIG_K_CLDOUBLE: {
    unsigned part = kind == MIG_K_CFLOAT ? MIG_K_FLOAT
                    : kind == MIG_K_CDOUBLE ? MIG_K_DOUBLE : MIG_K_LDOUBLE;
    unsigned sh = ssize / 2, rh = rsize / 2;
    if (mig_convert_scalar(part, 0, sa, src, sh, ra, dst, rh, err, errlen)) return -1;
    return mig_convert_scalar(part, 0, sa, src + sh, sh, ra, dst + rh, rh, err, errlen);
  }
  default:
    snprintf(err, errlen, "cannot convert a scalar of kind %s", mig_kind_name(kind));
    return -1;
  }
bad_size:
  snprintf(err, errlen, "%s of %u bytes cannot become %u bytes", mig_kind_name(kind),
           ssize, rsize);
  return -1;
}

int mig_load_float(const mig_arch *a, unsigned kind, const unsigned char *p,
                   unsigned size, double *out) {
  unsigned char le[16] = {0}, d[16] = {0};
  if (size > 16) return -1;
  copy_ordered(le, p, size, a->byte_order, MIG_BO_LITTLE);
  if (kind == MIG_K_FLOAT && size == 4) {
    float f;
    memcpy(&f, le, 4); /* both of our hosts are little-endian IEEE */
    *out = f;
    return 0;
  }
  if (kind == MIG_K_DOUBLE && size == 8) {
    memcpy(out, le, 8);
    return 0;
  }
  if (kind == MIG_K_LDOUBLE) {
    if (mig_ldouble_convert(a->ldouble_format, le, MIG_LD_BINARY64, d, 8)) return -1;
    memcpy(out, d, 8);
    return 0;
  }
  return -1;
}
