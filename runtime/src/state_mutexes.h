/*===- state_mutexes.h - Mutexes and condition variables in a checkpoint --===*/
#ifndef MIG_STATE_MUTEXES_H
#define MIG_STATE_MUTEXES_H
#include "rctx.h"
#include "wctx.h"
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

/* Writer: a mutex found in saved memory goes into the table (or refused). */
void mig_st_mutexes_note(writer *w, const wobj *o, long field, const unsigned char *p);
void mig_st_mutexes_sort(writer *w); /* sorted, each once */
int mig_st_mutexes_saved(const writer *w, uintptr_t a);
void mig_st_mutexes_put(writer *w, mig_buf *b); /* at the end of THREADS */
/* Restore: order of the checkpoint's mutex table (bsearch). */
int mig_rmutex_cmp(const void *a, const void *b);
/* Held mutexes must be saved typed mutexes (validate.c). */
void mig_st_mutexes_validate_held(rctx *x);
/* A saved mutex / condition variable, rebuilt here (objconv.c). */
void mig_st_mutexes_convert(rctx *x, const unsigned char *src, unsigned char *dst);
void mig_st_cond_convert(rctx *x, const __mig_type *r, const unsigned char *src,
                         unsigned char *dst);

#endif
