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

void mig_hash_init(mig_hash *s) {
  memset(s, 0, sizeof *s);
  s->h = 0x6d69676370747631ull; /* "migcptv1" */
}

void mig_hash_update(mig_hash *s, const void *data, size_t n) {
  const unsigned char *p = data;
  s->total += n;
  if (s->npending) {
    while (n && s->npending < 8) {
      s->pending[s->npending++] = *p++;
      n--;
    }
    if (s->npending < 8) return;
    s->h = step(s->h, load64(s->pending));
    s->npending = 0;
  }
  uint64_t h = s->h;
  for (; n >= 8; p += 8, n -= 8) h = step(h, load64(p));
  s->h = h;
  memcpy(s->pending, p, n);
  s->npending = (unsigned)n;
}

uint64_t mig_hash_final(const mig_hash *s) {
  unsigned char tail[8] = {0};
  memcpy(tail, s->pending, s->npending);
  uint64_t h = step(s->h, load64(tail));
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
