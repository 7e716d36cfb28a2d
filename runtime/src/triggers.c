/*===- triggers.c - What asks for a checkpoint ----------------------------===*
 * A checkpoint is asked for by MIG_STOP_AT (the N-th poll), SIGUSR1 (write
 * and go on), SIGTERM (write and exit 85; MIG_STOP_SIGNAL=USR2 makes it
 * SIGUSR2, for programs with their own SIGTERM handler), MIG_INTERVAL
 * (periodic) or a mig_checkpoint() call (poll.c). Signal handlers and the
 * timer only set flags and __mig_poll_requested; the work happens at the
 * next safe poll point of any thread, which starts a stop of every thread
 * (world.c).
 *===----------------------------------------------------------------------===*/
#include "triggers.h"
#include "config.h"
#include "counters.h"
#include <mig/abi.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>

volatile int __mig_poll_requested;

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
  __mig_poll_requested = __MIG_POLL_NOW;
}
static void on_term(int sig) {
  (void)sig;
  want_exit = 1;
  __mig_poll_requested = __MIG_POLL_NOW;
}

static void install(int sig, void (*h)(int)) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, NULL);
}

void mig_triggers_init(void) {
  if (mig_cfg.keep_polling) __mig_poll_requested = __MIG_POLL_COUNT;
  if (mig_cfg.stats) mig_counters_print_at_exit();
  install(SIGUSR1, on_usr1);
  install(mig_cfg.stop_signal, on_term);
  if (mig_cfg.interval) {
    install(SIGALRM, on_usr1);
    struct itimerval it = {{(time_t)mig_cfg.interval, 0}, {(time_t)mig_cfg.interval, 0}};
    setitimer(ITIMER_REAL, &it, NULL);
  }
}

void mig_triggers_counted(uint64_t before, uint64_t after) {
  if (mig_cfg.stop_at && before < mig_cfg.stop_at && mig_cfg.stop_at <= after) stop_due = 1;
  if (retry_at && after >= retry_at) { /* a refused request, asked again */
    retry_at = 0;
    if (retry_exit) stop_due = 1;
    else want_continue = 1;
  }
  /* Due now: every poll enters the runtime until a safe point serves it
   * (this one may not be: inside a callback of qsort, a signal handler). */
  if (stop_due || want_continue)
    __atomic_store_n(&__mig_poll_requested, __MIG_POLL_NOW, __ATOMIC_SEQ_CST);
}

uint64_t mig_triggers_count_batch(void) {
  uint64_t done, n = mig_counters_flush(&done);
  mig_triggers_counted(n - done, n);
  return n;
}

uint64_t mig_triggers_count_poll(void) {
  mig_triggers_count_batch();
  uint64_t n = __atomic_add_fetch(&mig_count.polls, 1, __ATOMIC_RELAXED); /* any thread */
  mig_triggers_counted(n - 1, n);
  return n;
}

uint64_t mig_triggers_polls_to_next(uint64_t n) {
  uint64_t next = UINT64_MAX;
  if (mig_cfg.stop_at > n) next = mig_cfg.stop_at - n;
  uint64_t retry = retry_at;
  if (retry > n && retry - n < next) next = retry - n;
  return next;
}

int mig_triggers_pending(void) { return want_continue || want_exit || stop_due; }

int mig_triggers_retry_scheduled(void) { return retry_at != 0; }

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
    retry_at = mig_counters_flush(NULL) + retry_gap;
    /* This thread's batch ends at the retry; in a run with several threads
     * every thread reports at each poll (poll.c). */
    mig_counters_report_within(retry_gap);
    int r = __mig_poll_requested;
    if (r == __MIG_POLL_OFF)
      __atomic_store_n(&__mig_poll_requested, __MIG_POLL_COUNT, __ATOMIC_SEQ_CST);
  }
  taken_exit = taken_continue = 0;
}
