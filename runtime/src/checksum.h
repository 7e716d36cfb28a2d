/*===- checksum.h - The checkpoint checksum and fingerprint hashing -------===*/
#ifndef MIG_CHECKSUM_H
#define MIG_CHECKSUM_H
#include <stddef.h>
#include <stdint.h>

/* Streaming 64-bit hash over a byte sequence, processed as little-endian
 * 8-byte words. Every step is a bijection of the state, so any change
 * confined to one word always changes the result. Not cryptographic. */
typedef struct mig_hash {
  uint64_t h, total;
  unsigned char pending[8];
  unsigned npending;
} mig_hash;

void mig_hash_init(mig_hash *s);
void mig_hash_update(mig_hash *s, const void *p, size_t n);
uint64_t mig_hash_final(const mig_hash *s);
uint64_t mig_hash64(const void *p, size_t n);
/* Convenience for fingerprints: fold a string (with its length) and an
 * integer into a running state. */
void mig_hash_str(mig_hash *s, const char *str);
void mig_hash_u64(mig_hash *s, uint64_t v);

#endif
