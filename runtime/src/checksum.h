/*===- checksum.h - The checkpoint checksum and fingerprint hashing -------===*/
#ifndef MIG_CHECKSUM_H
#define MIG_CHECKSUM_H
#include <stddef.h>
#include <stdint.h>

/* Streaming 64-bit hash over a byte sequence, processed as little-endian
 * 8-byte words. Word i of the input goes to lane i % MIG_HASH_LANES; the
 * lanes are independent dependency chains, so the hash runs at memory speed
 * instead of at the latency of one multiply per word (a 1 GiB checkpoint
 * pays for it once). Every step is a bijection of its lane's state, and the
 * lanes are folded with the same bijective step, so any change confined to
 * one word always changes the result. Not cryptographic. */
#define MIG_HASH_LANES 4
typedef struct mig_hash {
  uint64_t lane[MIG_HASH_LANES], total;
  unsigned char pending[8 * MIG_HASH_LANES];
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
