/*===- state_mutexes.h - Mutexes and condition variables in a checkpoint --===*/
#ifndef MIG_STATE_MUTEXES_H
#define MIG_STATE_MUTEXES_H
#include <pthread.h>
#include <stddef.h>

/* The runtime's condition variable, kept in the storage of the program's
 * pthread_cond_t (sync.c). */
typedef struct mig_cond {
  unsigned seq;   /* bumped by every signal and broadcast */
  unsigned clock; /* clockid_t of timed waits            */
} mig_cond;
_Static_assert(sizeof(mig_cond) <= sizeof(pthread_cond_t), "condition variable storage");

/* Writer: the portable type of a mutex (MIG_MUTEX_*), or -1 with *why. */
int mig_mutex_type(const void *mutex, const char **why);
/* Restore: initialize receiver storage of a mutex / condition variable. */
int mig_mutex_init_as(void *mutex, unsigned type);
/* Sender clock of a saved condition variable (raw bytes of its storage,
 * sender byte order) and initialization here. */
unsigned mig_cond_clock_of(const unsigned char *sender_bytes, int big_endian);
void mig_cond_init_as(void *cond, size_t size, unsigned clock);

#endif
