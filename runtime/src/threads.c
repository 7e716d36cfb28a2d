/*===- threads.c - Thread table, virtual thread ids, held mutexes ---------===*
 * One record per thread the runtime started (and the main thread). The
 * program sees virtual pthread_t values (1 = main thread, 2, 3, ... in
 * creation order), which name the same thread after a restore. Each
 * thread publishes its frame records, shadow stack and thread-local
 * instances here, for the writer (while it is parked) and a restore.
 *
 * One lock (wlock) guards the table, thread states and the stop protocol
 * (world.c); the pthread wrappers and the trampoline are in pthread.c.
 *===----------------------------------------------------------------------===*/
#include "threads.h"
#include "counters.h"
#include "registry.h"
#include "util.h"
#include <mig/format.h>
#include <string.h>
#include <time.h>

#define SLICE_NS 10000000L /* a blocked wrapper looks at the stop flag this often */

static pthread_mutex_t wlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wcond; /* CLOCK_MONOTONIC; any change of the below */
static mig_thread **table;
static size_t nthreads, capthreads;
static unsigned running;        /* RUNNING threads: those a stop waits for */
/* Restore: threads started and waiting, released by restore_go. */
static unsigned restore_attached, restore_total, restore_reacquired;
static int restore_released;
static __thread mig_thread *self;
static void *(*thread_entry)(void *);

mig_thread *mig_thread_self(void) { return self; }
size_t mig_threads_count(void) { return nthreads; }
mig_thread *mig_thread_at(size_t i) { return table[i]; }
unsigned mig_threads_running(void) { return running; }

void mig_threads_lock(void) { pthread_mutex_lock(&wlock); }
void mig_threads_unlock(void) { pthread_mutex_unlock(&wlock); }
void mig_threads_wait(void) { pthread_cond_wait(&wcond, &wlock); }
void mig_threads_broadcast(void) { pthread_cond_broadcast(&wcond); }

void mig_threads_wait_slice(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  ts.tv_nsec += SLICE_NS;
  if (ts.tv_nsec >= 1000000000L) {
    ts.tv_sec++;
    ts.tv_nsec -= 1000000000L;
  }
  pthread_cond_clockwait(&wcond, &wlock, CLOCK_MONOTONIC, &ts);
}

mig_thread *mig_thread_new(void) {
  if (nthreads == capthreads) {
    capthreads = capthreads ? capthreads * 2 : 16;
    table = mig_xrealloc(table, capthreads * sizeof *table);
  }
  mig_thread *t = mig_xcalloc(1, sizeof *t);
  t->id = nthreads + 1;
  t->state = MIG_THR_RUNNING;
  table[nthreads++] = t;
  running++;
  /* The creator may have been alone, counting polls in a batch (poll.c):
   * from now on every thread reports each poll. */
  if (running > 1) mig_counters_report_after(1);
  return t;
}

mig_thread *mig_thread_lookup(unsigned long id) {
  return id >= 1 && id <= nthreads ? table[id - 1] : NULL;
}

/* The calling thread's instance of every thread-local global. */
static void **tls_addresses(void) {
  size_t n = mig_nglobals();
  void **a = mig_xcalloc(n + 1, sizeof *a);
  for (size_t i = 0; i < n; i++)
    if (mig_global_at(i)->flags & MIG_GF_THREAD) a[i] = mig_global_addr_here(i);
  return a;
}

void mig_thread_attach(mig_thread *t) {
  self = t;
  t->real = pthread_self();
  mig_shadow_init_thread();
  t->frames = mig_frames_self();
  t->shadow = mig_shadow_self();
  t->tls = tls_addresses();
}

void mig_threads_init_main(void *(*entry)(void *)) {
  thread_entry = entry;
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_cond_init(&wcond, &ca);
  pthread_condattr_destroy(&ca);
  pthread_mutex_lock(&wlock);
  mig_thread *t = mig_thread_new();
  pthread_mutex_unlock(&wlock);
  mig_thread_attach(t);
}

void mig_thread_finish(mig_thread *t, void *ret) {
  pthread_mutex_lock(&wlock);
  t->retval = ret;
  t->state = t->detached ? MIG_THR_JOINED : MIG_THR_FINISHED;
  running--;
  mig_counters_flush(NULL); /* its polls since the last report */
  pthread_cond_broadcast(&wcond); /* joiners; a stop may now be complete */
  pthread_mutex_unlock(&wlock);
}

void mig_thread_start_failed(mig_thread *t) {
  pthread_mutex_lock(&wlock);
  t->state = MIG_THR_JOINED; /* the id stays taken: later ids do not move */
  t->joinable = 0;
  running--;
  pthread_cond_broadcast(&wcond);
  pthread_mutex_unlock(&wlock);
}

int mig_thread_start_real(mig_thread *t, const pthread_attr_t *user_attr) {
  pthread_attr_t a;
  const pthread_attr_t *use = user_attr;
  if (!user_attr && (t->stacksize || t->detached)) { /* a restored thread */
    pthread_attr_init(&a);
    if (t->stacksize) pthread_attr_setstacksize(&a, t->stacksize);
    if (t->detached) pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    use = &a;
  }
  int rc = pthread_create(&t->real, use, thread_entry, t);
  if (use == &a) pthread_attr_destroy(&a);
  return rc;
}

/*--- Held mutexes -------------------------------------------------------------*/
void mig_held_push(mig_thread *t, void *m) {
  if (!t) return; /* a thread the runtime did not start */
  if (t->nheld == t->capheld) {
    t->capheld = t->capheld ? t->capheld * 2 : 8;
    t->held = mig_xrealloc(t->held, t->capheld * sizeof *t->held);
  }
  t->held[t->nheld++] = m;
}

void mig_held_pop(mig_thread *t, void *m) {
  if (!t) return;
  for (size_t i = t->nheld; i-- > 0;)
    if (t->held[i] == m) {
      memmove(&t->held[i], &t->held[i + 1], (t->nheld - i - 1) * sizeof *t->held);
      t->nheld--;
      return;
    }
}

/* The calling thread re-locks the mutexes it held at the checkpoint. */
static void held_reacquire(mig_thread *t) {
  for (size_t i = 0; i < t->nheld; i++) {
    int rc = pthread_mutex_lock(t->held[i]);
    if (rc) mig_fatal("cannot re-acquire a mutex thread %lu held: %s", t->id, strerror(rc));
  }
}

/*--- Restore --------------------------------------------------------------*/
/* Re-lock the mutexes held at the checkpoint and wait for every restored
 * thread to have done so (else one could take a mutex another held). */
static void reacquire_all(mig_thread *t) {
  held_reacquire(t);
  pthread_mutex_lock(&wlock);
  restore_reacquired++;
  pthread_cond_broadcast(&wcond);
  while (restore_reacquired < restore_total) pthread_cond_wait(&wcond, &wlock);
  pthread_mutex_unlock(&wlock);
}

void mig_threads_restore_wait(mig_thread *t) {
  pthread_mutex_lock(&wlock);
  restore_attached++;
  pthread_cond_broadcast(&wcond);
  while (!restore_released) pthread_cond_wait(&wcond, &wlock);
  pthread_mutex_unlock(&wlock);
  reacquire_all(t);
  t->restored = 0;
}

mig_thread *mig_threads_restore_add(unsigned long id, int state, int detached,
                                    void *(*start)(void *), size_t stacksize) {
  pthread_mutex_lock(&wlock);
  mig_thread *t = id == 1 ? table[0] : mig_thread_new(); /* counted as RUNNING */
  if (t->id != id) mig_fatal("thread table out of order (id %lu at %lu)", id, t->id);
  if (id != 1) {
    t->state = state;
    t->detached = detached;
    t->start = start;
    t->stacksize = stacksize;
    t->joinable = 0; /* finished threads have no real thread to reap */
    if (state == MIG_THR_RUNNING) {
      t->restored = 1;
      t->joinable = !detached;
    } else {
      running--;
    }
  }
  if (state == MIG_THR_RUNNING) restore_total++;
  pthread_mutex_unlock(&wlock);
  return t;
}

void mig_threads_restore_spawn(void) {
  unsigned want = 0;
  for (size_t i = 1; i < nthreads; i++) {
    mig_thread *t = table[i];
    if (!t->restored) continue;
    want++;
    if (mig_thread_start_real(t, NULL) != 0) mig_fatal("cannot start thread %lu", t->id);
  }
  pthread_mutex_lock(&wlock);
  while (restore_attached < want) pthread_cond_wait(&wcond, &wlock);
  pthread_mutex_unlock(&wlock);
}

void mig_threads_restore_go(void) {
  pthread_mutex_lock(&wlock);
  restore_released = 1;
  pthread_cond_broadcast(&wcond);
  pthread_mutex_unlock(&wlock);
  reacquire_all(self);
}
