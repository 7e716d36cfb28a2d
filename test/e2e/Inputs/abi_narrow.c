/* A long that holds more than 32 bits at the checkpoint: restoring it on a
 * 32-bit target is refused, naming the variable (test/e2e/abi-narrowing).
 * With WITH_INT128, a global `unsigned __int128` where the target has it:
 * the program then has another fingerprint on 32-bit targets. */
#include <mig.h>
#include <stdio.h>

#if defined(WITH_INT128) && defined(__SIZEOF_INT128__)
unsigned __int128 g_wide = 5;
#endif

int main(void) {
  long big = 1, small = -7;
  for (int i = 0; i < (int)sizeof(long) * 8 - 2; i++) big *= 2; /* 2^62 on LP64 */
  mig_checkpoint();
  printf("%ld %ld\n", big > 0 ? 1L : 0L, small);
  return 0;
}
