/*===- checksum.c - Streaming 64-bit hash -----------------------------------===*/
#include "checksum.h"
#include <string.h>

#define MIG_HASH_MUL 0x9e3779b97f4a7c15ull

static inline uint64_t rotl64(uint64_t x, unsigned r) {
  return (x << r) | (x >> (64 - r));
}
static inline uint64_t step(uint64_t h, uint64_t w) {
  return rotl64((h ^ w) * MIG_HASH_MUL, 31);
}
static inline uint64_t load64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap64(v);
#endif
  return v;
}

#define STRIPE (8 * MIG_HASH_LANES)

void mig_hash_init(mig_hash *s) {
  memset(s, 0, sizeof *s);
  for (unsigned i = 0; i < MIG_HASH_LANES; i++)
    s->lane[i] = 0x6d69676370747632ull + i; /* "migcptv2" + lane */
}

static inline void consume_stripe(uint64_t lane[MIG_HASH_LANES], const unsigned char *p) {
  for (unsigned i = 0; i < MIG_HASH_LANES; i++) lane[i] = step(lane[i], load64(p + 8 * i));
}

void mig_hash_update(mig_hash *s, const void *data, size_t n) {
  const unsigned char *p = data;
  s->total += n;
  if (s->npending) {
    while (n && s->npending < STRIPE) {
      s->pending[s->npending++] = *p++;
      n--;
    }
    if (s->npending < STRIPE) return;
    consume_stripe(s->lane, s->pending);
    s->npending = 0;
  }
  uint64_t lane[MIG_HASH_LANES];
  memcpy(lane, s->lane, sizeof lane); /* locals: kept in registers */
  for (; n >= STRIPE; p += STRIPE, n -= STRIPE) consume_stripe(lane, p);
  memcpy(s->lane, lane, sizeof lane);
  memcpy(s->pending, p, n);
  s->npending = (unsigned)n;
}

uint64_t mig_hash_final(const mig_hash *s) {
  /* The partial stripe, zero-padded (the length folded in below tells a
   * zero tail from padding). */
  unsigned char tail[STRIPE] = {0};
  memcpy(tail, s->pending, s->npending);
  uint64_t lane[MIG_HASH_LANES];
  memcpy(lane, s->lane, sizeof lane);
  consume_stripe(lane, tail);
  uint64_t h = 0;
  for (unsigned i = 0; i < MIG_HASH_LANES; i++) h = step(h, lane[i]);
  h = step(h, s->total);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

uint64_t mig_hash64(const void *p, size_t n) {
  mig_hash s;
  mig_hash_init(&s);
  mig_hash_update(&s, p, n);
  return mig_hash_final(&s);
}

void mig_hash_str(mig_hash *s, const char *str) {
  size_t n = str ? strlen(str) : 0;
  mig_hash_u64(s, n);
  mig_hash_update(s, str, n);
}

void mig_hash_u64(mig_hash *s, uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)(v >> (8 * i));
  mig_hash_update(s, b, 8);
}
