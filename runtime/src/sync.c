/*===- sync.c - Mutexes and condition variables ---------------------------===*
 * Mutexes are the C library's. The wrappers record which ones each thread
 * holds (a restore re-acquires them in the receiving process, where every
 * mutex is re-initialized in its own layout), and a thread blocked on a
 * mutex waits in slices so it can take part in a checkpoint.
 *
 * Condition variables are the runtime's own, kept in the storage of the
 * program's pthread_cond_t (mig-pp rewrites every pthread_cond_* call): a
 * 32-bit sequence number that signal/broadcast bump (a futex word) and the
 * clock of timed waits. Unlike glibc's, a waiter can leave its wait without
 * getting the mutex back, which a thread joining a checkpoint must do when
 * a parked thread holds that mutex. A thread that leaves a wait for a
 * checkpoint does not hold the mutex while parked; on rewind the wait is
 * called again, re-locks the mutex and returns (a spurious wakeup).
 * How mutexes and condition variables cross a checkpoint: state_mutexes.c.
 *===----------------------------------------------------------------------===*/
#include "poll.h"
#include "state_mutexes.h"
#include "threads.h"
#include <mig/abi.h>
#include <errno.h>
#include <linux/futex.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define SLICE_NS 10000000L /* a blocked wrapper looks at the stop flag this often */


/*--- Time -------------------------------------------------------------------*/
static struct timespec slice_from_now(clockid_t clk) {
  struct timespec ts;
  clock_gettime(clk, &ts);
  ts.tv_nsec += SLICE_NS;
  if (ts.tv_nsec >= 1000000000L) {
    ts.tv_sec++;
    ts.tv_nsec -= 1000000000L;
  }
  return ts;
}

static int before(const struct timespec *a, const struct timespec *b) {
  return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/*--- Mutexes ------------------------------------------------------------------*/
/* 0 or an error number with the mutex locked / not; -1 when this thread
 * must unwind instead (a checkpoint is due), without the mutex. */
static int lock_or_unwind(pthread_mutex_t *m) {
  int rc = pthread_mutex_trylock(m);
  while (rc == EBUSY) {
    if (mig_stop_here(0)) return -1;
    struct timespec ts = slice_from_now(CLOCK_MONOTONIC);
    rc = pthread_mutex_clocklock(m, CLOCK_MONOTONIC, &ts);
    if (rc == ETIMEDOUT) rc = EBUSY;
  }
  if (rc == 0) mig_held_push(mig_thread_self(), m);
  return rc;
}

/* Migratable: on rewind the lock is taken again. */
int __mig_mutex_lock(void *m) {
  if (__mig_state == __MIG_REWINDING) mig_end_rewind();
  int rc = lock_or_unwind(m);
  return rc < 0 ? 0 : rc;
}

int __mig_mutex_trylock(void *m) {
  int rc = pthread_mutex_trylock(m);
  if (rc == 0) mig_held_push(mig_thread_self(), m);
  return rc;
}

int __mig_mutex_timedlock(void *m, const struct timespec *abstime) {
  int rc = pthread_mutex_timedlock(m, abstime);
  if (rc == 0) mig_held_push(mig_thread_self(), m);
  return rc;
}

int __mig_mutex_unlock(void *m) {
  int rc = pthread_mutex_unlock(m);
  if (rc == 0) mig_held_pop(mig_thread_self(), m);
  return rc;
}

/*--- Condition variables --------------------------------------------------------*/
static void futex_wait_until(unsigned *word, unsigned val, unsigned clk,
                             const struct timespec *abs) {
  int op = FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG |
           (clk == CLOCK_REALTIME ? FUTEX_CLOCK_REALTIME : 0);
  syscall(SYS_futex, word, op, val, abs, NULL, FUTEX_BITSET_MATCH_ANY);
}

static void futex_wake(unsigned *word, int n) {
  syscall(SYS_futex, word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, n, NULL, NULL, 0);
}

int __mig_cond_init(void *cp, const void *attr) {
  mig_cond *c = cp;
  clockid_t clk = CLOCK_REALTIME;
  if (attr) {
    int pshared = PTHREAD_PROCESS_PRIVATE;
    pthread_condattr_getpshared(attr, &pshared);
    if (pshared != PTHREAD_PROCESS_PRIVATE) return ENOTSUP;
    pthread_condattr_getclock(attr, &clk);
  }
  if (clk != CLOCK_REALTIME && clk != CLOCK_MONOTONIC) return EINVAL;
  memset(cp, 0, sizeof(pthread_cond_t));
  c->clock = (unsigned)clk;
  return 0;
}

int __mig_cond_destroy(void *c) {
  (void)c;
  return 0;
}

int __mig_cond_signal(void *cp) {
  mig_cond *c = cp;
  __atomic_add_fetch(&c->seq, 1, __ATOMIC_RELEASE);
  futex_wake(&c->seq, 1);
  return 0;
}

int __mig_cond_broadcast(void *cp) {
  mig_cond *c = cp;
  __atomic_add_fetch(&c->seq, 1, __ATOMIC_RELEASE);
  futex_wake(&c->seq, 0x7fffffff);
  return 0;
}

/* Leave for a checkpoint without the mutex: 0 (the caller unwinds). */
static int leave_unlocked(pthread_mutex_t *m) {
  if (pthread_mutex_unlock(m) == 0) mig_held_pop(mig_thread_self(), m);
  return 0;
}

static int cond_wait_until(mig_cond *c, pthread_mutex_t *m, const struct timespec *abs) {
  if (mig_stop_here(0)) return leave_unlocked(m);
  unsigned clk = c->clock == CLOCK_MONOTONIC ? CLOCK_MONOTONIC : CLOCK_REALTIME;
  /* Read before unlocking: a signal sent after the unlock changes it, so
   * the futex wait below does not sleep through it. */
  unsigned seq = __atomic_load_n(&c->seq, __ATOMIC_ACQUIRE);
  int rc = pthread_mutex_unlock(m);
  if (rc) return rc;
  mig_held_pop(mig_thread_self(), m);
  int timed_out = 0;
  for (;;) {
    struct timespec until = slice_from_now(clk), now;
    if (abs && before(abs, &until)) until = *abs;
    futex_wait_until(&c->seq, seq, clk, &until);
    if (__atomic_load_n(&c->seq, __ATOMIC_ACQUIRE) != seq) break;
    if (abs) {
      clock_gettime(clk, &now);
      if (!before(&now, abs)) {
        timed_out = 1;
        break;
      }
    }
    if (mig_stop_here(0)) return 0; /* parked without the mutex */
  }
  rc = lock_or_unwind(m);
  if (rc < 0) return 0;
  return rc ? rc : timed_out ? ETIMEDOUT : 0;
}

/* Rewinding into a wait: the thread left it without the mutex. */
static int rewind_wait(pthread_mutex_t *m) {
  mig_end_rewind();
  int rc = lock_or_unwind(m);
  return rc < 0 ? 0 : rc;
}

int __mig_cond_wait(void *c, void *m) {
  if (__mig_state == __MIG_REWINDING) return rewind_wait(m);
  return cond_wait_until(c, m, NULL);
}

int __mig_cond_timedwait(void *c, void *m, const struct timespec *abstime) {
  if (__mig_state == __MIG_REWINDING) return rewind_wait(m);
  if (!abstime || abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L) return EINVAL;
  return cond_wait_until(c, m, abstime);
}
