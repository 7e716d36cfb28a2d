/*===- threads.c - Thread table, virtual thread ids, stop the world -------===*
 * Every thread created through __mig_pthread_create runs its start routine
 * through trampoline(), which, like main.c's loop, calls the routine again
 * in REWINDING state after a checkpoint. The program sees virtual
 * pthread_t values (1 = main thread, 2, 3, ... in creation order), which
 * name the same thread after a restore.
 *
 * Stopping the world: the first thread at a safe point when a checkpoint is
 * due marks the world stopping and sets __mig_poll_requested, so every
 * thread's next poll enters the runtime. Each thread unwinds at its next
 * safe point (a poll, mig_checkpoint, or a migratable wrapper it is blocked
 * in: join, mutex lock, condition wait) and parks in mig_world_park(). The
 * thread that completes the set (every RUNNING thread parked) writes the
 * checkpoint with every thread's frames, then all of them rewind (or the
 * process exits 85). Parked threads keep the mutexes they hold.
 *
 * One lock (wlock) guards the table, thread states and the stop protocol.
 *===----------------------------------------------------------------------===*/
#include "internal.h"
#include "memmap.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SLICE_NS 10000000L /* a blocked wrapper looks at the stop flag this often */

static pthread_mutex_t wlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wcond; /* CLOCK_MONOTONIC; any change of the below */
static mig_thread **table;
static size_t nthreads, capthreads;
static unsigned running;        /* RUNNING threads: those a stop waits for */
static unsigned parked;         /* of them, unwound and waiting            */
static int stopping, writing, exit_after;
static unsigned long generation; /* bumped when a stop ends               */
/* Restore: threads started and waiting, released by restore_go. */
static unsigned restore_attached, restore_total, restore_reacquired;
static int restore_released;
static __thread mig_thread *self;

mig_thread *mig_thread_self(void) { return self; }
size_t mig_threads_count(void) { return nthreads; }
mig_thread *mig_thread_at(size_t i) { return table[i]; }
int mig_world_stopping(void) { return __atomic_load_n(&stopping, __ATOMIC_SEQ_CST); }

/* Wait on wcond for at most one slice (wlock held). */
static void wait_slice(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  ts.tv_nsec += SLICE_NS;
  if (ts.tv_nsec >= 1000000000L) {
    ts.tv_sec++;
    ts.tv_nsec -= 1000000000L;
  }
  pthread_cond_clockwait(&wcond, &wlock, CLOCK_MONOTONIC, &ts);
}

/* Append a record; wlock held. Ids are table positions + 1. */
static mig_thread *new_record(void) {
  if (nthreads == capthreads) {
    capthreads = capthreads ? capthreads * 2 : 16;
    table = mig_xrealloc(table, capthreads * sizeof *table);
  }
  mig_thread *t = mig_xcalloc(1, sizeof *t);
  t->id = nthreads + 1;
  t->state = MIG_THR_RUNNING;
  table[nthreads++] = t;
  return t;
}

static mig_thread *lookup(unsigned long id) {
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

/* Publish this thread's state for the writer and for a restore. */
static void attach(mig_thread *t) {
  self = t;
  t->real = pthread_self();
  mig_shadow_init_thread();
  t->frames = mig_frames_self();
  t->shadow = mig_shadow_self();
  t->tls = tls_addresses();
}

void mig_threads_init_main(void) {
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_cond_init(&wcond, &ca);
  pthread_condattr_destroy(&ca);
  pthread_mutex_lock(&wlock);
  mig_thread *t = new_record();
  running++;
  pthread_mutex_unlock(&wlock);
  attach(t);
}

/*--- Stopping the world ------------------------------------------------------*/
void mig_world_enter_stop(void) {
  pthread_mutex_lock(&wlock);
  if (!stopping) {
    __atomic_store_n(&stopping, 1, __ATOMIC_SEQ_CST);
    __atomic_store_n(&__mig_poll_requested, 1, __ATOMIC_SEQ_CST);
    pthread_cond_broadcast(&wcond); /* joiners take part */
  }
  exit_after |= mig_triggers_take();
  pthread_mutex_unlock(&wlock);
}

/* Every RUNNING thread is parked: write, then stop or resume (wlock held). */
static void write_and_resume(void) {
  writing = 1;
  exit_after |= mig_triggers_take();
  pthread_mutex_unlock(&wlock);
  fflush(NULL);
  int rc = mig_write_checkpoint(mig_ctl.ckpt_path);
  pthread_mutex_lock(&wlock);
  if (rc == 0) {
    mig_ctl.checkpoints++;
    if (exit_after) exit(MIG_EXIT_STOPPED); /* the other threads are parked */
  } else if (exit_after & MIG_TAKE_TERM) {
    /* A scheduler sent SIGTERM and will not wait: the program stops all the
     * same, with a status that says "start over" (the message above says
     * why the checkpoint was not written). */
    fprintf(stderr, "mig: stopping on SIGTERM without a checkpoint (exit status %d)\n",
            MIG_EXIT_NOCKPT);
    exit(MIG_EXIT_NOCKPT);
  }
  mig_ctl.pending_result = rc == 0 ? 0 : -1;
  mig_triggers_done(rc == 0);
  __atomic_store_n(&stopping, 0, __ATOMIC_SEQ_CST);
  writing = exit_after = 0;
  parked = 0;
  generation++;
  mig_poll_quiet();
  pthread_cond_broadcast(&wcond);
}

void mig_world_park(void) {
  self->shadow_top = __mig_shadow_top;
  pthread_mutex_lock(&wlock);
  parked++;
  unsigned long gen = generation;
  pthread_cond_broadcast(&wcond);
  while (generation == gen) {
    if (!writing && parked == running) {
      write_and_resume();
      break;
    }
    pthread_cond_wait(&wcond, &wlock);
  }
  pthread_mutex_unlock(&wlock);
}

/*--- Threads ------------------------------------------------------------------*/
/* The thread's routine returned (or called pthread_exit). */
static void finish(mig_thread *t, void *ret) {
  pthread_mutex_lock(&wlock);
  t->retval = ret;
  t->state = t->detached ? MIG_THR_JOINED : MIG_THR_FINISHED;
  running--;
  pthread_cond_broadcast(&wcond); /* joiners; a stop may now be complete */
  pthread_mutex_unlock(&wlock);
}

/* A start routine mig-pp did not transform cannot unwind: polls reached
 * from it are not safe points, so its thread never parks (a stop waits for
 * it to finish). */
static int routine_is_migratable(void *(*start)(void *)) {
  const char *name = mig_function_name((uintptr_t)start);
  return name && mig_func_by_name(name);
}

/* Restore: wait until the objects are in place, re-lock the mutexes held
 * at the checkpoint, wait for every restored thread to have done so (else
 * one could take a mutex another held), then rewind. */
static void wait_restore_go(mig_thread *t) {
  pthread_mutex_lock(&wlock);
  restore_attached++;
  pthread_cond_broadcast(&wcond);
  while (!restore_released) pthread_cond_wait(&wcond, &wlock);
  pthread_mutex_unlock(&wlock);
  mig_held_reacquire(t);
  pthread_mutex_lock(&wlock);
  restore_reacquired++;
  pthread_cond_broadcast(&wcond);
  while (restore_reacquired < restore_total) pthread_cond_wait(&wcond, &wlock);
  pthread_mutex_unlock(&wlock);
  t->restored = 0;
  mig_frames_begin_rewind();
  __mig_state = __MIG_REWINDING;
}

/* At a checkpoint every thread has unwound, so nothing live is left on a
 * thread's C stack: a pointer into it is stale, not foreign (memmap.c). */
static void *note_stack(void) {
  pthread_attr_t a;
  void *addr = NULL;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &a) != 0) return NULL;
  if (pthread_attr_getstack(&a, &addr, &size) == 0 && addr)
    mig_memmap_note_runtime_range(addr, size);
  pthread_attr_destroy(&a);
  return addr;
}

static void *trampoline(void *p) {
  mig_thread *t = p;
  void *stack = note_stack();
  attach(t);
  __mig_unsafe_depth = !routine_is_migratable(t->start);
  if (t->restored) wait_restore_go(t);
  char *base = mig_shadow_base();
  for (;;) {
    __mig_shadow_top = base; /* rewinding pushes land where frames were */
    void *r = t->start(t->arg);
    if (__mig_state != __MIG_UNWINDING) {
      finish(t, r);
      mig_shadow_release_thread();
      mig_frames_release_thread();
      if (stack) mig_memmap_forget_runtime_range(stack);
      return r;
    }
    mig_world_park();
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
}

static int start_real(mig_thread *t, const pthread_attr_t *user_attr) {
  pthread_attr_t a;
  const pthread_attr_t *use = user_attr;
  if (!user_attr && (t->stacksize || t->detached)) { /* a restored thread */
    pthread_attr_init(&a);
    if (t->stacksize) pthread_attr_setstacksize(&a, t->stacksize);
    if (t->detached) pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    use = &a;
  }
  int rc = pthread_create(&t->real, use, trampoline, t);
  if (use == &a) pthread_attr_destroy(&a);
  return rc;
}

/*--- Wrappers ---------------------------------------------------------------*/
int __mig_pthread_create(unsigned long *out, const void *attr, void *(*start)(void *),
                         void *arg) {
  const pthread_attr_t *a = attr;
  int det = PTHREAD_CREATE_JOINABLE;
  size_t stack = 0;
  if (a) {
    pthread_attr_getdetachstate(a, &det);
    pthread_attr_getstacksize(a, &stack);
  }
  pthread_mutex_lock(&wlock);
  mig_thread *t = new_record();
  t->start = start;
  t->arg = arg;
  t->detached = det == PTHREAD_CREATE_DETACHED;
  t->joinable = !t->detached;
  t->stacksize = stack;
  running++;
  pthread_mutex_unlock(&wlock);
  if (out) *out = t->id; /* before the thread runs: it may read it */
  int rc = start_real(t, a);
  if (rc != 0) {
    pthread_mutex_lock(&wlock);
    t->state = MIG_THR_JOINED; /* the id stays taken: later ids do not move */
    t->joinable = 0;
    running--;
    pthread_cond_broadcast(&wcond);
    pthread_mutex_unlock(&wlock);
  }
  return rc;
}

/* Migratable: a joiner waiting for a running thread takes part in a stop;
 * the join is called again on rewind. */
int __mig_pthread_join(unsigned long id, void **ret) {
  if (__mig_state == __MIG_REWINDING) mig_end_rewind();
  pthread_mutex_lock(&wlock);
  mig_thread *t = lookup(id);
  if (!t || t == self) {
    pthread_mutex_unlock(&wlock);
    return t ? EDEADLK : ESRCH;
  }
  while (t->state == MIG_THR_RUNNING && !t->detached) {
    if (stopping || mig_triggers_pending()) {
      pthread_mutex_unlock(&wlock);
      if (mig_stop_here(0)) return 0;
      pthread_mutex_lock(&wlock);
      if (t->state != MIG_THR_RUNNING) break;
    }
    wait_slice(); /* signals only set flags: look again soon */
  }
  int rc = 0;
  if (t->detached || t->state == MIG_THR_JOINED) {
    rc = EINVAL;
  } else {
    t->state = MIG_THR_JOINED;
    if (ret) *ret = t->retval;
  }
  int reap = rc == 0 && t->joinable;
  t->joinable = 0;
  pthread_t real = t->real;
  pthread_mutex_unlock(&wlock);
  if (reap) pthread_join(real, NULL);
  return rc;
}

int __mig_pthread_detach(unsigned long id) {
  pthread_mutex_lock(&wlock);
  mig_thread *t = lookup(id);
  int rc = !t ? ESRCH : t->detached || t->state == MIG_THR_JOINED ? EINVAL : 0;
  int real = 0;
  if (rc == 0) {
    t->detached = 1;
    if (t->state == MIG_THR_FINISHED) t->state = MIG_THR_JOINED;
    real = t->joinable;
    t->joinable = 0;
  }
  pthread_t r = t ? t->real : 0;
  pthread_mutex_unlock(&wlock);
  if (real) pthread_detach(r);
  return rc;
}

/* A thread the runtime did not start gets its real handle: real handles
 * are addresses, never one of the small virtual ids. */
unsigned long __mig_pthread_self(void) {
  return self ? self->id : (unsigned long)pthread_self();
}

int __mig_pthread_equal(unsigned long a, unsigned long b) { return a == b; }

void __mig_pthread_exit(void *ret) {
  mig_thread *t = self;
  if (t && t->id == 1) {
    /* The process goes on without main's frames: later checkpoints are
     * refused (writer.c). */
    t->exited_main = 1;
    finish(t, ret);
  } else if (t) {
    finish(t, ret);
    mig_shadow_release_thread();
    mig_frames_release_thread();
  }
  pthread_exit(ret);
}

int __mig_pthread_kill(unsigned long id, int sig) {
  pthread_mutex_lock(&wlock);
  mig_thread *t = lookup(id);
  int alive = t && t->state == MIG_THR_RUNNING;
  pthread_t r = t ? t->real : 0;
  pthread_mutex_unlock(&wlock);
  return alive ? pthread_kill(r, sig) : ESRCH;
}

/*--- Restore --------------------------------------------------------------*/
mig_thread *mig_threads_restore_add(unsigned long id, int state, int detached,
                                    void *(*start)(void *), size_t stacksize) {
  pthread_mutex_lock(&wlock);
  mig_thread *t = id == 1 ? table[0] : new_record();
  if (t->id != id) mig_fatal("thread table out of order (id %lu at %lu)", id, t->id);
  if (id != 1) {
    t->state = state;
    t->detached = detached;
    t->start = start;
    t->stacksize = stacksize;
    t->joinable = 0; /* finished threads have no real thread to reap */
    if (state == MIG_THR_RUNNING) {
      running++;
      t->restored = 1;
      t->joinable = !detached;
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
    if (start_real(t, NULL) != 0) mig_fatal("cannot start thread %lu", t->id);
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
  mig_held_reacquire(self);
  pthread_mutex_lock(&wlock);
  restore_reacquired++;
  pthread_cond_broadcast(&wcond);
  while (restore_reacquired < restore_total) pthread_cond_wait(&wcond, &wlock);
  pthread_mutex_unlock(&wlock);
}
