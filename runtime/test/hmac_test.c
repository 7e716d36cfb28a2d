/*===- hmac_test.c - RFC 4231 test vectors for runtime/src/hmac.c ---------===*
 * Built and run natively by CTest (migrt-hmac-test). Exit 0 when every
 * vector matches, else one line per mismatch.
 *===----------------------------------------------------------------------===*/
#include "hmac.h"
#include <stdio.h>
#include <string.h>

static int hex(const char *h, unsigned char *out) {
  size_t n = strlen(h) / 2;
  for (size_t i = 0; i < n; i++) sscanf(h + 2 * i, "%2hhx", &out[i]);
  return (int)n;
}

static int check(const char *name, const unsigned char *key, size_t klen,
                 const unsigned char *msg, size_t mlen, const char *want, size_t wantlen) {
  unsigned char mac[32], w[32];
  hex(want, w);
  mig_hmac_sha256(key, klen, msg, mlen, mac);
  if (memcmp(mac, w, wantlen) == 0) return 0;
  printf("FAIL %s\n", name);
  return 1;
}

int main(void) {
  unsigned char k[200], d[200];
  int bad = 0;
  memset(k, 0x0b, 20); /* case 1 */
  bad += check("case 1", k, 20, (const unsigned char *)"Hi There", 8,
               "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", 32);
  bad += check("case 2", (const unsigned char *)"Jefe", 4,
               (const unsigned char *)"what do ya want for nothing?", 28,
               "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", 32);
  memset(k, 0xaa, 20); /* case 3 */
  memset(d, 0xdd, 50);
  bad += check("case 3", k, 20, d, 50,
               "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe", 32);
  hex("0102030405060708090a0b0c0d0e0f10111213141516171819", k); /* case 4 */
  memset(d, 0xcd, 50);
  bad += check("case 4", k, 25, d, 50,
               "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b", 32);
  memset(k, 0x0c, 20); /* case 5: truncated to 128 bits */
  bad += check("case 5", k, 20, (const unsigned char *)"Test With Truncation", 20,
               "a3b6167473100ee06e0c796c2955552b", 16);
  memset(k, 0xaa, 131); /* case 6: key longer than a block */
  const char *m6 = "Test Using Larger Than Block-Size Key - Hash Key First";
  bad += check("case 6", k, 131, (const unsigned char *)m6, strlen(m6),
               "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54", 32);
  const char *m7 = "This is a test using a larger than block-size key and a larger than "
                   "block-size data. The key needs to be hashed before being used by the "
                   "HMAC algorithm.";
  bad += check("case 7", k, 131, (const unsigned char *)m7, strlen(m7),
               "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2", 32);
  /* Streaming in odd pieces gives the same MAC as one call. */
  unsigned char one[32], pieces[32], big[1000];
  for (int i = 0; i < 1000; i++) big[i] = (unsigned char)(i * 7);
  mig_hmac_sha256("key", 3, big, sizeof big, one);
  mig_hmac m;
  mig_hmac_init(&m, "key", 3);
  for (size_t at = 0, step = 1; at < sizeof big; at += step, step = step * 3 % 97 + 1)
    mig_hmac_update(&m, big + at, at + step > sizeof big ? sizeof big - at : step);
  mig_hmac_final(&m, pieces);
  if (memcmp(one, pieces, 32)) {
    printf("FAIL streaming\n");
    bad++;
  }
  if (!bad) printf("hmac: 7 RFC 4231 vectors and streaming OK\n");
  return bad != 0;
}
