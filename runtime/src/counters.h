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
/* MIG_STATS: "mig: polls=N checkpoints=M" on stderr at exit. */
void mig_counters_print_at_exit(void);

#endif
