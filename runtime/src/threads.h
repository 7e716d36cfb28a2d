/*===- threads.h - Thread table, per-thread state, held mutexes -----------===*/
#ifndef MIG_THREADS_H
#define MIG_THREADS_H
#include "frames.h"
#include "shadow.h"
#include <pthread.h>
#include <stddef.h>

/* One record per thread created through __mig_pthread_create (and the main
 * thread). Fields below "published" are set by the thread itself and read
 * by the writer while it is parked, or by a restore while it waits. */
typedef struct mig_thread {
  unsigned long id;        /* the virtual pthread_t: 1 = main thread      */
  int state;               /* MIG_THR_*                                    */
  int detached;
  int joinable;            /* `real` still has to be joined or detached    */
  pthread_t real;
  void *(*start)(void *);  /* NULL for the main thread                     */
  void *arg, *retval;
  size_t stacksize;        /* from the creation attributes (0: default)    */
  int exited_main;         /* the main thread called pthread_exit           */
  /* published */
  mig_frames *frames;
  mig_shadow *shadow;
  char *shadow_top;        /* shadow top of its unwound stack              */
  void **tls;              /* per registered global: its instance (TLS)    */
  /* mutexes held (a recursive one once per level), in locking order */
  void **held;
  size_t nheld, capheld;
  /* restore: the thread waits until the objects are in place */
  int restored;
} mig_thread;

/* `entry` runs every thread the runtime starts (pthread.c's trampoline). */
void mig_threads_init_main(void *(*entry)(void *));
mig_thread *mig_thread_self(void);
/* Publish the calling thread's state (stack, frames, TLS) in t. */
void mig_thread_attach(mig_thread *t);
/* Snapshot of the table for the writer (world stopped): count and i-th. */
size_t mig_threads_count(void);
mig_thread *mig_thread_at(size_t i);

/* The one lock that guards the table, thread states and the stop protocol
 * (world.c), and its condition: any change of them is broadcast. */
void mig_threads_lock(void);
void mig_threads_unlock(void);
void mig_threads_wait(void);
void mig_threads_wait_slice(void); /* at most one slice (10 ms) */
void mig_threads_broadcast(void);
/* Lock held: RUNNING threads, those a stop waits for. */
unsigned mig_threads_running(void);
/* Lock held: record by virtual id, or NULL. */
mig_thread *mig_thread_lookup(unsigned long id);
/* Lock held: a new RUNNING record, counted in mig_threads_running (ids
 * are table positions + 1). */
mig_thread *mig_thread_new(void);
/* The thread's routine returned (or called pthread_exit). */
void mig_thread_finish(mig_thread *t, void *ret);
/* pthread_create of t's real thread running `entry`; user_attr may be NULL. */
int mig_thread_start_real(mig_thread *t, const pthread_attr_t *user_attr);
/* Its pthread_create failed: the record ends (JOINED), the id stays taken. */
void mig_thread_start_failed(mig_thread *t);

/* Held mutexes: the wrappers (sync.c) record them, a restore re-locks. */
void mig_held_push(mig_thread *t, void *mutex);
void mig_held_pop(mig_thread *t, void *mutex);

/* Restore: records for the checkpoint's threads (RUNNING ones are started
 * and wait), then, once objects are in place, let all of them re-acquire
 * their mutexes and rewind. */
mig_thread *mig_threads_restore_add(unsigned long id, int state, int detached,
                                    void *(*start)(void *), size_t stacksize);
void mig_threads_restore_spawn(void);
void mig_threads_restore_go(void);
/* A restored thread (t->restored) waits for restore_go, re-locks its
 * mutexes and waits for every other one to have done so. */
void mig_threads_restore_wait(mig_thread *t);

#endif
