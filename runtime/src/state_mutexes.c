/*===- state_mutexes.c - Mutexes and condition variables in a checkpoint --===*
 * glibc lays pthread_mutex_t out differently on x86-64 and AArch64, so a
 * mutex crosses as its portable type (the writer's mutex table) and the
 * receiver initializes its own storage; a condition variable crosses as
 * its clock (the runtime's own layout, state_mutexes.h).
 *===----------------------------------------------------------------------===*/
#include "state_mutexes.h"
#include <string.h>

/* glibc's __kind: the POSIX type in the low two bits, lock-elision hints
 * (0x100, 0x200), and flags for robust, priority-inheriting/-protecting and
 * process-shared mutexes, which a receiver could not rebuild. */
int mig_mutex_type(const void *mp, const char **why) {
  int kind = ((const pthread_mutex_t *)mp)->__data.__kind;
  if (kind & ~(0x3 | 0x100 | 0x200)) {
    *why = "is a robust, priority-inheriting/-protecting or process-shared mutex";
    return -1;
  }
  return kind & 0x3;
}

int mig_mutex_init_as(void *m, unsigned type) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  int rc = pthread_mutexattr_settype(&a, (int)type);
  if (rc == 0) rc = pthread_mutex_init(m, &a);
  pthread_mutexattr_destroy(&a);
  return rc;
}

unsigned mig_cond_clock_of(const unsigned char *b, int big_endian) {
  const unsigned char *w = b + offsetof(mig_cond, clock);
  return big_endian ? (unsigned)w[0] << 24 | (unsigned)w[1] << 16 | (unsigned)w[2] << 8 | w[3]
                    : (unsigned)w[3] << 24 | (unsigned)w[2] << 16 | (unsigned)w[1] << 8 | w[0];
}

void mig_cond_init_as(void *cp, size_t size, unsigned clock) {
  memset(cp, 0, size);
  ((mig_cond *)cp)->clock = clock;
}
