/*===- hmac.c - SHA-256 and HMAC-SHA-256 ----------------------------------===*
 * Authenticates checkpoints when MIG_KEY is set (see format.h, MIG_SEC_MAC).
 * Written for clarity over speed: the MAC costs one pass over the file,
 * which is small next to writing it.
 *===----------------------------------------------------------------------===*/
#include "hmac.h"
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

static uint32_t ror(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

static void block(mig_sha256 *s, const unsigned char *p) {
  uint32_t w[64], v[8];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
           (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  memcpy(v, s->h, sizeof v);
  for (int i = 0; i < 64; i++) {
    uint32_t S1 = ror(v[4], 6) ^ ror(v[4], 11) ^ ror(v[4], 25);
    uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint32_t t1 = v[7] + S1 + ch + K[i] + w[i];
    uint32_t S0 = ror(v[0], 2) ^ ror(v[0], 13) ^ ror(v[0], 22);
    uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    uint32_t t2 = S0 + maj;
    memmove(v + 1, v, 7 * sizeof *v);
    v[4] += t1;
    v[0] = t1 + t2;
  }
  for (int i = 0; i < 8; i++) s->h[i] += v[i];
}

void mig_sha256_init(mig_sha256 *s) {
  static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(s->h, iv, sizeof iv);
  s->total = 0;
  s->nbuf = 0;
}

void mig_sha256_update(mig_sha256 *s, const void *data, size_t n) {
  const unsigned char *p = data;
  s->total += n;
  if (s->nbuf) {
    size_t k = MIG_SHA256_BLOCK - s->nbuf < n ? MIG_SHA256_BLOCK - s->nbuf : n;
    memcpy(s->buf + s->nbuf, p, k);
    s->nbuf += (unsigned)k;
    p += k;
    n -= k;
    if (s->nbuf < MIG_SHA256_BLOCK) return;
    block(s, s->buf);
    s->nbuf = 0;
  }
  for (; n >= MIG_SHA256_BLOCK; p += MIG_SHA256_BLOCK, n -= MIG_SHA256_BLOCK) block(s, p);
  memcpy(s->buf, p, n);
  s->nbuf = (unsigned)n;
}

void mig_sha256_final(mig_sha256 *s, unsigned char out[MIG_SHA256_SIZE]) {
  uint64_t bits = s->total * 8;
  unsigned char pad[MIG_SHA256_BLOCK + 8] = {0x80};
  size_t npad = (s->nbuf < 56 ? 56 : 120) - s->nbuf;
  for (int i = 0; i < 8; i++) pad[npad + i] = (unsigned char)(bits >> (56 - 8 * i));
  mig_sha256_update(s, pad, npad + 8);
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 4; j++) out[4 * i + j] = (unsigned char)(s->h[i] >> (24 - 8 * j));
}

void mig_hmac_init(mig_hmac *m, const void *key, size_t keylen) {
  unsigned char k[MIG_SHA256_BLOCK] = {0}, ipad[MIG_SHA256_BLOCK], opad[MIG_SHA256_BLOCK];
  if (keylen > MIG_SHA256_BLOCK) { /* long keys are hashed first (RFC 2104) */
    mig_sha256 s;
    mig_sha256_init(&s);
    mig_sha256_update(&s, key, keylen);
    mig_sha256_final(&s, k);
  } else if (keylen) {
    memcpy(k, key, keylen);
  }
  for (int i = 0; i < MIG_SHA256_BLOCK; i++) {
    ipad[i] = k[i] ^ 0x36;
    opad[i] = k[i] ^ 0x5c;
  }
  mig_sha256_init(&m->inner);
  mig_sha256_update(&m->inner, ipad, sizeof ipad);
  mig_sha256_init(&m->outer);
  mig_sha256_update(&m->outer, opad, sizeof opad);
}

void mig_hmac_update(mig_hmac *m, const void *p, size_t n) { mig_sha256_update(&m->inner, p, n); }

void mig_hmac_final(mig_hmac *m, unsigned char out[MIG_SHA256_SIZE]) {
  unsigned char ih[MIG_SHA256_SIZE];
  mig_sha256_final(&m->inner, ih);
  mig_sha256_update(&m->outer, ih, sizeof ih);
  mig_sha256_final(&m->outer, out);
}

void mig_hmac_sha256(const void *key, size_t keylen, const void *p, size_t n,
                     unsigned char out[MIG_SHA256_SIZE]) {
  mig_hmac m;
  mig_hmac_init(&m, key, keylen);
  mig_hmac_update(&m, p, n);
  mig_hmac_final(&m, out);
}

int mig_mac_equal(const unsigned char *a, const unsigned char *b, size_t n) {
  unsigned char d = 0;
  for (size_t i = 0; i < n; i++) d |= a[i] ^ b[i];
  return d == 0;
}
