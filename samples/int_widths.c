/* int_widths.c - mixed integer widths, signed and unsigned, near their limits.
 *
 * Exercises: locals of every fixed width (8..64 bits, signed and unsigned, and
 * a 128-bit counter) live across poll points, wrapping unsigned arithmetic,
 * values at and near INT*_MIN/MAX and UINT*_MAX, shifts, conversions between
 * widths, bit-fields, and a struct packing several widths (padding differs
 * from nothing, but the runtime must convert field by field anyway).
 * Plain char is never used for arithmetic (its signedness differs between
 * x86-64 and AArch64). What it prints is the same on every target, 32- and
 * 64-bit: `unsigned long` holds 32-bit values (xorshift32), and the
 * 128-bit counter is two 64-bit halves computed in `unsigned __int128`
 * where the target has it (only inside expressions: a variable of a type
 * that exists on some targets only would give the program another
 * fingerprint there, and a checkpoint would not restore across them).
 */
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

struct u128 {
  uint64_t hi, lo;
};

#if defined(__SIZEOF_INT128__) && !defined(INT_WIDTHS_NO_INT128)
/* x * c + add, modulo 2^128. */
static struct u128 mul_add(struct u128 x, uint64_t c, uint64_t add) {
  unsigned __int128 r = ((((unsigned __int128)x.hi << 64) | x.lo) * c) + add;
  return (struct u128){(uint64_t)(r >> 64), (uint64_t)r};
}
#else
/* The high 64 bits of a * b, from 32-bit halves. */
static uint64_t mul_hi(uint64_t a, uint64_t b) {
  uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

static struct u128 mul_add(struct u128 x, uint64_t c, uint64_t add) {
  uint64_t lo = x.lo * c, sum = lo + add;
  return (struct u128){x.hi * c + mul_hi(x.lo, c) + (sum < lo), sum};
}
#endif

struct mixed {
  uint8_t u8;
  int16_t i16;
  uint32_t u32;
  int8_t i8;
  uint64_t u64;
  int32_t i32;
  uint16_t u16;
  int64_t i64;
  unsigned bits_a : 3;
  signed bits_b : 5;
  unsigned bits_c : 13;
};

static uint64_t fold(const struct mixed *m) {
  return (uint64_t)m->u8 * 3 + (uint64_t)(int64_t)m->i16 + m->u32 + (uint64_t)(int64_t)m->i8 +
         m->u64 + (uint64_t)(int64_t)m->i32 + m->u16 + (uint64_t)m->i64 + m->bits_a +
         (uint64_t)(int64_t)m->bits_b + m->bits_c;
}

int main(void) {
  uint8_t u8 = UINT8_MAX - 3;
  int8_t i8 = INT8_MAX - 2;
  uint16_t u16 = UINT16_MAX - 5;
  int16_t i16 = INT16_MIN + 4;
  uint32_t u32 = UINT32_MAX - 7;
  int32_t i32 = INT32_MAX - 1000;
  uint64_t u64 = UINT64_MAX - 11;
  int64_t i64 = INT64_MIN + 13;
  struct u128 u128 = {UINT64_MAX, 0xFFFFFFFFFFFFFF00u};
  unsigned long ul = 0xFFFFFFFFul; /* ULONG_MAX on 32-bit targets */
  long long ll = LLONG_MAX;
  signed char sc = SCHAR_MIN;
  unsigned char uc = UCHAR_MAX;
  short sh = SHRT_MAX;
  unsigned short us = USHRT_MAX;
  struct mixed m = {250, -32000, 4000000000u, -100, 18000000000000000000ull, -2000000000, 65000,
                    -9000000000000000000ll, 7, -16, 8191};
  uint64_t check = 0;

  for (int step = 0; step < 500; step++) {
    u8 += 1;                                  /* wraps every 256 */
    i8 = (int8_t)(i8 < INT8_MAX ? i8 + 1 : INT8_MIN);
    u16 += 7;
    i16 = (int16_t)(i16 > INT16_MIN + 100 ? i16 - 100 : INT16_MAX - step);
    u32 += 0x10000001u;
    i32 = i32 > INT32_MAX - 5000000 ? INT32_MIN + step : i32 + 4999999;
    u64 = u64 * 6364136223846793005ull + 1;
    i64 = i64 < INT64_MAX / 2 ? i64 + (INT64_MAX / 64) : INT64_MIN + step;
    u128 = mul_add(u128, 0x2545F4914F6CDD1Du, (uint64_t)step);
    ul ^= (ul << 13) & 0xFFFFFFFFul;
    ul ^= ul >> 17;
    ul ^= (ul << 5) & 0xFFFFFFFFul;
    ll = ll > 0 ? -(ll - 1) : -(ll + 1);
    sc = (signed char)(sc + 3);
    uc = (unsigned char)(uc * 5 + 1);
    sh = (short)(sh ^ (step << 3));
    us = (unsigned short)(us + us / 3 + 1);

    m.u8 = (uint8_t)(m.u8 + 13);
    m.i16 = (int16_t)(m.i16 + 1000);
    m.u32 = m.u32 * 3u + 1u;
    m.i8 = (int8_t)(m.i8 ^ 0x55);
    m.u64 += UINT64_MAX / 3;
    m.i32 = (int32_t)((uint32_t)m.i32 + 123456789u);
    m.u16 = (uint16_t)(m.u16 * 9u);
    m.i64 = (int64_t)((uint64_t)m.i64 + 0x7000000000000001ull);
    m.bits_a = (m.bits_a + 5) & 7;
    m.bits_b = m.bits_b == 15 ? -16 : m.bits_b + 1;
    m.bits_c = (m.bits_c * 3 + 1) & 0x1FFF;

    int64_t widened = (int64_t)i8 + i16 + i32 + (int64_t)sc + sh;
    uint64_t uwidened = (uint64_t)u8 + u16 + u32 + uc + us;
    uint32_t narrowed = (uint32_t)u64 ^ (uint32_t)(u128.hi >> 6);
    check = check * 1000003u + (uint64_t)widened + uwidened + narrowed + fold(&m) + ul +
            (uint64_t)ll + u128.hi + u128.lo + (uint64_t)i64;

    if (step % 25 == 0) {
      printf("step %3d u8=%3" PRIu8 " i8=%4" PRId8 " u16=%5" PRIu16 " i16=%6" PRId16 " u32=%10" PRIu32
             " i32=%11" PRId32 "\n",
             step, u8, i8, u16, i16, u32, i32);
      printf("         u64=%20" PRIu64 " i64=%20" PRId64 " u128=%016" PRIx64 "%016" PRIx64 "\n", u64, i64,
             u128.hi, u128.lo);
      printf("         ul=%lx ll=%lld sc=%d uc=%u sh=%d us=%u wide=%" PRId64 " uwide=%" PRIu64
             " narrow=%" PRIu32 "\n",
             ul, ll, sc, uc, sh, us, widened, uwidened, narrowed);
      printf("         m: %u %d %u %d %" PRIu64 " %d %u %" PRId64 " %u %d %u fold=%" PRIu64 "\n", m.u8, m.i16,
             m.u32, m.i8, m.u64, m.i32, m.u16, m.i64, m.bits_a, m.bits_b, m.bits_c, fold(&m));
    }
  }
  printf("limits %d %d %u %lld %llu\n", INT_MIN, INT_MAX, UINT_MAX, LLONG_MIN, ULLONG_MAX);
  printf("checksum %016" PRIx64 "\n", check);
  return 0;
}
