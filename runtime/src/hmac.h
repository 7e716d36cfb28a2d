/*===- hmac.h - SHA-256 and HMAC-SHA-256 for authenticated checkpoints ----===*
 * A small, self-contained implementation (FIPS 180-4, RFC 2104), checked
 * against the RFC 4231 vectors by runtime/test/hmac_test.c. Pure C, no
 * runtime state: the writer, the restore and migdump use it.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_HMAC_H
#define MIG_HMAC_H
#include <stddef.h>
#include <stdint.h>

#define MIG_SHA256_SIZE 32
#define MIG_SHA256_BLOCK 64

typedef struct mig_sha256 {
  uint32_t h[8];
  uint64_t total;            /* bytes hashed so far */
  unsigned char buf[MIG_SHA256_BLOCK];
  unsigned nbuf;
} mig_sha256;

void mig_sha256_init(mig_sha256 *s);
void mig_sha256_update(mig_sha256 *s, const void *p, size_t n);
void mig_sha256_final(mig_sha256 *s, unsigned char out[MIG_SHA256_SIZE]);

typedef struct mig_hmac {
  mig_sha256 inner, outer;
} mig_hmac;

void mig_hmac_init(mig_hmac *m, const void *key, size_t keylen);
void mig_hmac_update(mig_hmac *m, const void *p, size_t n);
void mig_hmac_final(mig_hmac *m, unsigned char out[MIG_SHA256_SIZE]);
void mig_hmac_sha256(const void *key, size_t keylen, const void *p, size_t n,
                     unsigned char out[MIG_SHA256_SIZE]);
/* Constant-time comparison of two MACs: 1 when equal. */
int mig_mac_equal(const unsigned char *a, const unsigned char *b, size_t n);

#endif
