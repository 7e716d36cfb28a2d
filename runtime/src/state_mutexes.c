/*===- state_mutexes.c - Mutexes and condition variables in a checkpoint --===*
 * glibc lays pthread_mutex_t out differently on x86-64 and AArch64, so a
 * mutex crosses as its portable type (the writer's mutex table) and the
 * receiver initializes its own storage; a condition variable crosses as
 * its clock (the runtime's own layout, state_mutexes.h). Threads list the
 * mutexes they hold by address (state_threads.c); the restore checks them
 * against saved typed memory before anything waits on them.
 *===----------------------------------------------------------------------===*/
#include "state_mutexes.h"
#include "validate.h"
#include <mig/format.h>
#include <stdlib.h>
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

/*--- Writer: the mutex table ----------------------------------------------*/
/* A mutex's type goes into the mutex table: the receiver re-initializes
 * it in its own layout (glibc's differs between x86-64 and AArch64). */
void mig_st_mutexes_note(writer *w, const wobj *o, long field, const unsigned char *p) {
  const char *why = NULL;
  int type = mig_mutex_type(p, &why);
  if (type < 0) {
    mig_w_refuse(w, o, field, why);
    return;
  }
  if (w->nmutexes == w->capmutexes) {
    w->capmutexes = w->capmutexes ? w->capmutexes * 2 : 16;
    w->mutexes = mig_xrealloc(w->mutexes, w->capmutexes * sizeof *w->mutexes);
  }
  w->mutexes[w->nmutexes++] = (wmutex){(uintptr_t)p, (uint32_t)type};
}

static int cmp_mutex(const void *a, const void *b) {
  uint64_t x = ((const wmutex *)a)->addr, y = ((const wmutex *)b)->addr;
  return x < y ? -1 : x > y;
}

/* Sorted, each mutex once (a frame and a global may not overlap, but the
 * same bytes can be reached twice through nested descriptions). */
void mig_st_mutexes_sort(writer *w) {
  if (!w->nmutexes) return;
  qsort(w->mutexes, w->nmutexes, sizeof *w->mutexes, cmp_mutex);
  size_t k = 1;
  for (size_t i = 1; i < w->nmutexes; i++)
    if (w->mutexes[i].addr != w->mutexes[k - 1].addr) w->mutexes[k++] = w->mutexes[i];
  w->nmutexes = k;
}

int mig_st_mutexes_saved(const writer *w, uintptr_t a) {
  wmutex key = {a, 0};
  return bsearch(&key, w->mutexes, w->nmutexes, sizeof key, cmp_mutex) != NULL;
}

/* The mutex table, at the end of the THREADS section. */
void mig_st_mutexes_put(writer *w, mig_buf *b) {
  mig_buf_u32(b, (uint32_t)w->nmutexes);
  for (size_t i = 0; i < w->nmutexes; i++) {
    mig_buf_u64(b, w->mutexes[i].addr);
    mig_buf_u32(b, w->mutexes[i].type);
  }
}

/*--- Restore ----------------------------------------------------------------*/
int mig_rmutex_cmp(const void *a, const void *b) {
  uint64_t x = ((const mig_rmutex *)a)->addr, y = ((const mig_rmutex *)b)->addr;
  return x < y ? -1 : x > y;
}

/* A mutex is rebuilt in this C library's layout with the sender's type;
 * the threads that held it lock it again before they rewind. */
void mig_st_mutexes_convert(rctx *x, const unsigned char *src, unsigned char *dst) {
  mig_rmutex key = {x->obj->addr + (uint64_t)(src - x->obj->data), 0};
  const mig_rmutex *m = bsearch(&key, x->c.mutexes, x->c.nmutexes, sizeof key, mig_rmutex_cmp);
  if (!m) mig_r_fail("mutex at %#llx is not in the checkpoint's mutex table", (unsigned long long)key.addr);
  int rc = mig_mutex_init_as(dst, m->type);
  if (rc) mig_r_fail("cannot initialize a mutex of type %u: %s", m->type, strerror(rc));
}

/* The runtime's own condition variable: only its clock carries over (no
 * thread waits on it when the checkpoint is taken). */
void mig_st_cond_convert(rctx *x, const __mig_type *r, const unsigned char *src,
                      unsigned char *dst) {
  unsigned clock = mig_cond_clock_of(src, x->c.arch.byte_order == MIG_BO_BIG);
  if (clock > 1) mig_r_fail("condition variable has unknown clock %u", clock);
  mig_cond_init_as(dst, r->size, clock);
}

static uint32_t object_containing(void *ctx, uint64_t a) {
  rctx *x = ctx;
  const mig_range *rg = mig_objmap_find(&x->map, a);
  return rg && rg->id < x->c.nobjects ? rg->id : UINT32_MAX;
}

void mig_st_mutexes_validate_held(rctx *x) {
  char err[512];
  if (mig_validate_held_mutexes(&x->c, object_containing, x, err, sizeof err))
    mig_r_fail("%s", err);
}
