/*===- pthread.c - pthread wrappers and the threads' trampoline -----------===*
 * Every thread created through __mig_pthread_create runs its start routine
 * through trampoline(), which, like main.c's loop, calls the routine again
 * in REWINDING state after a checkpoint. The wrappers translate the
 * program's virtual pthread_t values (threads.c); a joiner blocked on a
 * running thread takes part in a stop.
 *===----------------------------------------------------------------------===*/
#include "pthread_entry.h"
#include "checkpoint.h"
#include "frames.h"
#include "memmap.h"
#include "poll.h"
#include "registry.h"
#include "shadow.h"
#include "threads.h"
#include "triggers.h"
#include "world.h"
#include <errno.h>
#include <mig/abi.h>
#include <mig/format.h>
#include <signal.h>

/* A start routine mig-pp did not transform cannot unwind: polls reached
 * from it are not safe points, so its thread never parks (a stop waits for
 * it to finish). */
static int routine_is_migratable(void *(*start)(void *)) {
  const char *name = mig_function_name((uintptr_t)start);
  return name && mig_func_by_name(name);
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

void *mig_thread_trampoline(void *p) {
  mig_thread *t = p;
  void *stack = note_stack();
  mig_thread_attach(t);
  __mig_unsafe_depth = !routine_is_migratable(t->start);
  if (t->restored) {
    /* Restore: wait until the objects are in place and every restored
     * thread holds its mutexes again, then rewind. */
    mig_threads_restore_wait(t);
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
  char *base = mig_shadow_base();
  for (;;) {
    __mig_shadow_top = base; /* rewinding pushes land where frames were */
    void *r = t->start(t->arg);
    if (__mig_state != __MIG_UNWINDING) {
      mig_thread_finish(t, r);
      mig_shadow_release_thread();
      mig_frames_release_thread();
      if (stack) mig_memmap_forget_runtime_range(stack);
      return r;
    }
    mig_checkpoint_join();
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
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
  mig_threads_lock();
  mig_thread *t = mig_thread_new();
  t->start = start;
  t->arg = arg;
  t->detached = det == PTHREAD_CREATE_DETACHED;
  t->joinable = !t->detached;
  t->stacksize = stack;
  mig_threads_unlock();
  if (out) *out = t->id; /* before the thread runs: it may read it */
  int rc = mig_thread_start_real(t, a);
  if (rc != 0) mig_thread_start_failed(t);
  return rc;
}

/* Migratable: a joiner waiting for a running thread takes part in a stop;
 * the join is called again on rewind. */
int __mig_pthread_join(unsigned long id, void **ret) {
  if (__mig_state == __MIG_REWINDING) mig_end_rewind();
  mig_threads_lock();
  mig_thread *t = mig_thread_lookup(id);
  if (!t || t == mig_thread_self()) {
    mig_threads_unlock();
    return t ? EDEADLK : ESRCH;
  }
  while (t->state == MIG_THR_RUNNING && !t->detached) {
    if (mig_world_stopping() || mig_triggers_pending()) {
      mig_threads_unlock();
      if (mig_stop_here(0)) return 0;
      mig_threads_lock();
      if (t->state != MIG_THR_RUNNING) break;
    }
    mig_threads_wait_slice(); /* signals only set flags: look again soon */
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
  mig_threads_unlock();
  if (reap) pthread_join(real, NULL);
  return rc;
}

int __mig_pthread_detach(unsigned long id) {
  mig_threads_lock();
  mig_thread *t = mig_thread_lookup(id);
  int rc = !t ? ESRCH : t->detached || t->state == MIG_THR_JOINED ? EINVAL : 0;
  int real = 0;
  if (rc == 0) {
    t->detached = 1;
    if (t->state == MIG_THR_FINISHED) t->state = MIG_THR_JOINED;
    real = t->joinable;
    t->joinable = 0;
  }
  pthread_t r = t ? t->real : 0;
  mig_threads_unlock();
  if (real) pthread_detach(r);
  return rc;
}

/* A thread the runtime did not start gets its real handle: real handles
 * are addresses, never one of the small virtual ids. */
unsigned long __mig_pthread_self(void) {
  mig_thread *self = mig_thread_self();
  return self ? self->id : (unsigned long)pthread_self();
}

int __mig_pthread_equal(unsigned long a, unsigned long b) { return a == b; }

void __mig_pthread_exit(void *ret) {
  mig_thread *t = mig_thread_self();
  if (t && t->id == 1) {
    /* The process goes on without main's frames: later checkpoints are
     * refused (state_threads.c). */
    t->exited_main = 1;
    mig_thread_finish(t, ret);
  } else if (t) {
    mig_thread_finish(t, ret);
    mig_shadow_release_thread();
    mig_frames_release_thread();
  }
  pthread_exit(ret);
}

int __mig_pthread_kill(unsigned long id, int sig) {
  mig_threads_lock();
  mig_thread *t = mig_thread_lookup(id);
  int alive = t && t->state == MIG_THR_RUNNING;
  pthread_t r = t ? t->real : 0;
  mig_threads_unlock();
  return alive ? pthread_kill(r, sig) : ESRCH;
}
