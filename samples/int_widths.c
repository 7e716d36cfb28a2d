/* int_widths.c - mixed integer widths, signed and unsigned, near their limits.
 *
 * Exercises: locals of every fixed width (8..64 bits, signed and unsigned, and
 * unsigned __int128) live across poll points, wrapping unsigned arithmetic,
 * values at and near INT*_MIN/MAX and UINT*_MAX, shifts, conversions between
 * widths, bit-fields, and a struct packing several widths (padding differs
 * from nothing, but the runtime must convert field by field anyway).
 * Plain char is never used for arithmetic (its signedness differs between
 * x86-64 and AArch64).
 */
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

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
  unsigned __int128 u128 = ((unsigned __int128)UINT64_MAX << 64) | 0xFFFFFFFFFFFFFF00u;
  unsigned long ul = ULONG_MAX;
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
    u128 = u128 * 0x2545F4914F6CDD1Du + step;
    ul ^= ul << 13;
    ul ^= ul >> 7;
    ul ^= ul << 17;
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
    uint32_t narrowed = (uint32_t)u64 ^ (uint32_t)(u128 >> 70);
    check = check * 1000003u + (uint64_t)widened + uwidened + narrowed + fold(&m) + ul +
            (uint64_t)ll + (uint64_t)(u128 >> 64) + (uint64_t)u128 + (uint64_t)i64;

    if (step % 25 == 0) {
      printf("step %3d u8=%3" PRIu8 " i8=%4" PRId8 " u16=%5" PRIu16 " i16=%6" PRId16 " u32=%10" PRIu32
             " i32=%11" PRId32 "\n",
             step, u8, i8, u16, i16, u32, i32);
      printf("         u64=%20" PRIu64 " i64=%20" PRId64 " u128=%016" PRIx64 "%016" PRIx64 "\n", u64, i64,
             (uint64_t)(u128 >> 64), (uint64_t)u128);
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
