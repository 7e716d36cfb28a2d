/*===- counters.c - What a run counts and what a resume returns -----------===*/
#include "counters.h"
#include <stdio.h>
#include <stdlib.h>

mig_counters mig_count;

__thread int __mig_poll_countdown __attribute__((tls_model("initial-exec")));
/* The countdown as the runtime last set it: the polls done since are the
 * difference (a fresh thread has both at 0, so its first poll counts 1). */
static __thread int countdown_given;

uint64_t mig_counters_flush(uint64_t *done) {
  uint64_t n = (uint64_t)((int64_t)countdown_given - __mig_poll_countdown);
  countdown_given = __mig_poll_countdown;
  if (done) *done = n;
  return __atomic_add_fetch(&mig_count.polls, n, __ATOMIC_RELAXED); /* any thread */
}

void mig_counters_report_after(uint64_t n) {
  int c = n > INT32_MAX ? INT32_MAX : n < 1 ? 1 : (int)n;
  mig_counters_flush(NULL);
  __mig_poll_countdown = countdown_given = c;
}

void mig_counters_report_within(uint64_t n) {
  mig_counters_flush(NULL);
  if ((uint64_t)(__mig_poll_countdown > 0 ? __mig_poll_countdown : 0) > n)
    mig_counters_report_after(n);
}

static void print_stats(void) {
  mig_counters_flush(NULL); /* the exiting thread's last batch */
  fprintf(stderr, "mig: polls=%llu checkpoints=%llu\n", (unsigned long long)mig_count.polls,
          (unsigned long long)mig_count.checkpoints);
}

void mig_counters_print_at_exit(void) { atexit(print_stats); }
