/*===- poll.c - Execution state, poll points, mig_checkpoint, triggers ----===*
 * A checkpoint is asked for by MIG_STOP_AT (the N-th poll), SIGUSR1 (write
 * and go on), SIGTERM (write and exit 85; MIG_STOP_SIGNAL=USR2 makes it
 * SIGUSR2, for programs with their own SIGTERM handler), MIG_INTERVAL
 * (periodic) or a
 * mig_checkpoint() call. Signal handlers and the timer only set flags and
 * __mig_poll_requested; the work happens at the next safe poll point of any
 * thread, which starts a stop of every thread (threads.c).
 *===----------------------------------------------------------------------===*/
#include "internal.h"
#include "debris.h"
#include <mig.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

__thread int __mig_state __attribute__((tls_model("initial-exec")));
__thread int __mig_unsafe_depth __attribute__((tls_model("initial-exec")));
volatile int __mig_poll_requested;

mig_control mig_ctl;

/* Set by signal handlers or by any thread, read by all: a checkpoint is
 * served by the first thread at a safe point (mig_stop_here). */
static volatile sig_atomic_t want_continue; /* SIGUSR1, timer */
static volatile sig_atomic_t want_exit;     /* SIGTERM        */
static volatile int stop_due;               /* MIG_STOP_AT reached, not yet served */
static int taken_exit, taken_continue, retry_exit;
static uint64_t retry_at, retry_gap;

static void on_usr1(int sig) {
  (void)sig;
  want_continue = 1;
  __mig_poll_requested = 1;
}
static void on_term(int sig) {
  (void)sig;
  want_exit = 1;
  __mig_poll_requested = 1;
}

static void install(int sig, void (*h)(int)) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, NULL);
}

static void print_stats(void) {
  fprintf(stderr, "mig: polls=%llu checkpoints=%llu\n", (unsigned long long)mig_ctl.polls,
          (unsigned long long)mig_ctl.checkpoints);
}

static uint64_t env_u64(const char *name, uint64_t dflt) {
  const char *s = getenv(name);
  if (!s || !*s) return dflt;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end || s[0] == '-') mig_fatal("%s=%s is not a non-negative integer", name, s);
  return v;
}

/* The signal that means "checkpoint and exit 85": SIGTERM, or the one
 * MIG_STOP_SIGNAL names, so that a program keeping its own SIGTERM handler
 * (cleanup, graceful shutdown) can still be stopped for a migration. */
static int stop_signal(void) {
  static const struct { const char *name; int sig; } names[] = {
      {"TERM", SIGTERM}, {"USR2", SIGUSR2}, {"INT", SIGINT}, {"HUP", SIGHUP}};
  const char *s = getenv("MIG_STOP_SIGNAL");
  if (!s || !*s) return SIGTERM;
  const char *n = strncmp(s, "SIG", 3) == 0 ? s + 3 : s;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(n, names[i].name) == 0) return names[i].sig;
  mig_fatal("MIG_STOP_SIGNAL=%s: expected TERM, USR2, INT or HUP", s);
}

void mig_triggers_init(void) {
  const char *ck = getenv("MIG_CKPT");
  if (ck && *ck) {
    mig_ctl.ckpt_path = ck;
  } else {
    size_t n = strlen(mig_program_name()) + 8;
    char *p = mig_xmalloc(n);
    snprintf(p, n, "./%s.mig", mig_program_name());
    mig_ctl.ckpt_path = p;
  }
  mig_ckpt_clean_debris(mig_ctl.ckpt_path); /* a killed run's temporaries */
  mig_ctl.stop_at = env_u64("MIG_STOP_AT", 0);
  const char *st = getenv("MIG_STATS");
  mig_ctl.stats = st && *st && strcmp(st, "0") != 0;
  const char *strict = getenv("MIG_STRICT");
  mig_ctl.strict = strict && *strict && strcmp(strict, "0") != 0;
  mig_ctl.keep_polling = mig_ctl.stop_at || mig_ctl.stats;
  if (mig_ctl.keep_polling) __mig_poll_requested = 1;
  if (mig_ctl.stats) atexit(print_stats);
  install(SIGUSR1, on_usr1);
  install(stop_signal(), on_term);
  uint64_t interval = env_u64("MIG_INTERVAL", 0);
  if (interval) {
    install(SIGALRM, on_usr1);
    struct itimerval it = {{(time_t)interval, 0}, {(time_t)interval, 0}};
    setitimer(ITIMER_REAL, &it, NULL);
  }
}

/* Count a poll (or mig_checkpoint call) and note MIG_STOP_AT. */
static void count_poll(void) {
  uint64_t n = __atomic_add_fetch(&mig_ctl.polls, 1, __ATOMIC_RELAXED); /* any thread */
  if (mig_ctl.stop_at && n == mig_ctl.stop_at) stop_due = 1;
  if (retry_at && n >= retry_at) { /* a refused request, asked again */
    retry_at = 0;
    if (retry_exit) stop_due = 1;
    else want_continue = 1;
  }
}

int mig_triggers_pending(void) { return want_continue || want_exit || stop_due; }

/* Requests taken by the stop in progress, kept until its checkpoint is
 * written: a refused one (a va_list live, a foreign pointer...) is asked
 * again at a later safe point, where it may succeed: after 1 poll, then 2,
 * 4, ... (up to 2^20) while the refusals go on, so a reason that never goes
 * away costs a logarithmic number of attempts. */

int mig_triggers_take(void) {
  int exit_after = (want_exit ? MIG_TAKE_TERM : 0) | (stop_due ? MIG_TAKE_STOP : 0);
  taken_exit |= exit_after != 0;
  taken_continue |= want_continue;
  want_continue = want_exit = 0;
  stop_due = 0;
  return exit_after;
}

void mig_triggers_done(int written) {
  if (written) {
    retry_gap = 0;
  } else if (taken_exit || taken_continue) {
    retry_gap = !retry_gap ? 1 : retry_gap < ((uint64_t)1 << 20) ? retry_gap * 2 : retry_gap;
    retry_exit = taken_exit;
    retry_at = __atomic_load_n(&mig_ctl.polls, __ATOMIC_RELAXED) + retry_gap;
    __atomic_store_n(&__mig_poll_requested, 1, __ATOMIC_SEQ_CST);
  }
  taken_exit = taken_continue = 0;
}

void mig_poll_quiet(void) {
  if (mig_ctl.keep_polling) return;
  __atomic_store_n(&__mig_poll_requested, 0, __ATOMIC_SEQ_CST);
  /* A signal or another thread may have asked meanwhile: do not lose it. */
  if (mig_triggers_pending() || mig_world_stopping() || retry_at)
    __atomic_store_n(&__mig_poll_requested, 1, __ATOMIC_SEQ_CST);
}

/* Start unwinding the current thread's stack. */
static void begin_unwind(void) {
  mig_frames_reset();
  __mig_state = __MIG_UNWINDING;
}

int mig_stop_here(int force) {
  if (!force && !mig_triggers_pending() && !mig_world_stopping()) return 0;
  /* Not a safe point, or a thread the runtime did not start: wait for
   * the next one (the stop waits too). */
  if (__mig_unsafe_depth > 0 || !mig_thread_self()) return 0;
  mig_world_enter_stop();
  begin_unwind();
  return 1;
}

int mig_end_rewind(void) {
  if (mig_frames_remaining())
    mig_fatal("rewind ended with %zu frames not restored", mig_frames_remaining());
  mig_frames_reset();
  __mig_state = __MIG_NORMAL;
  return mig_ctl.pending_result;
}

int __mig_poll(void) {
  if (__mig_state == __MIG_REWINDING) {
    mig_end_rewind();
    return 0;
  }
  if (__mig_state != __MIG_NORMAL) return 0;
  count_poll();
  if (mig_stop_here(0)) return 1;
  if (!mig_triggers_pending() && !mig_world_stopping()) mig_poll_quiet();
  return 0;
}

int mig_checkpoint(void) {
  if (__mig_state == __MIG_REWINDING) return mig_end_rewind();
  if (__mig_state != __MIG_NORMAL) return -1;
  count_poll();
  if (__mig_unsafe_depth > 0) {
    fprintf(stderr, "mig: checkpoint refused: mig_checkpoint() called from a callback of "
                    "an untransformed function (not a safe point)\n");
    return -2;
  }
  if (!mig_thread_self()) {
    fprintf(stderr, "mig: checkpoint refused: mig_checkpoint() called from a thread "
                    "migcc did not create (not through pthread_create in migcc-built "
                    "code)\n");
    return -3;
  }
  mig_stop_here(1);
  return 0;
}
