/*===- counters.h - What a run counts and what a resume returns -----------===*/
#ifndef MIG_COUNTERS_H
#define MIG_COUNTERS_H
#include <stdint.h>

typedef struct mig_counters {
  _Alignas(8) uint64_t polls; /* 8-aligned: lock-free atomics on i686 too */
  uint64_t checkpoints;       /* written by this process                   */
  int pending_result;         /* what the resuming poll/mig_checkpoint returns */
} mig_counters;
extern mig_counters mig_count;
/* Polls are counted in per-thread batches: a poll point decrements the
 * thread's __mig_poll_countdown (mig/abi.h) and calls the runtime at 0.
 * Adds the calling thread's polls since its last report to mig_count.polls
 * and returns the new total; *done (when not NULL) gets the polls added. */
uint64_t mig_counters_flush(uint64_t *done);
/* The calling thread reports again after n more polls (n >= 1). */
void mig_counters_report_after(uint64_t n);
/* Report after at most n polls (shortens the thread's current batch). */
void mig_counters_report_within(uint64_t n);
/* MIG_STATS: "mig: polls=N checkpoints=M" on stderr at exit. */
void mig_counters_print_at_exit(void);

#endif
