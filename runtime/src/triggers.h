/*===- triggers.h - What asks for a checkpoint (triggers.c) ---------------===*/
#ifndef MIG_TRIGGERS_H
#define MIG_TRIGGERS_H

void mig_triggers_init(void); /* signals and timer, after mig_config_init */
#include <stdint.h>
/* The poll count went from `before` to `after` (counters.c batches): note
 * MIG_STOP_AT and retries falling in between. */
void mig_triggers_counted(uint64_t before, uint64_t after);
/* Count the calling thread's batch of polls (mig_triggers_counted); returns
 * the total. */
uint64_t mig_triggers_count_batch(void);
/* Count one poll (a mig_checkpoint call) after the thread's batch. */
uint64_t mig_triggers_count_poll(void);
/* Polls from count n to the next counted event (MIG_STOP_AT, a retry);
 * UINT64_MAX: none. */
uint64_t mig_triggers_polls_to_next(uint64_t n);
/* A signal, the timer or MIG_STOP_AT asked for a checkpoint. */
int mig_triggers_pending(void);
/* A refused checkpoint will be asked again at a later poll. */
int mig_triggers_retry_scheduled(void);
/* Consume the pending triggers; non-zero when the checkpoint must end the
 * program: MIG_TAKE_STOP (MIG_STOP_AT), MIG_TAKE_TERM (SIGTERM, which ends
 * it even when no checkpoint can be written: MIG_EXIT_NOCKPT). */
#define MIG_TAKE_STOP 1
#define MIG_TAKE_TERM 2
int mig_triggers_take(void);
/* After a stop: a refused checkpoint's requests are asked again. */
void mig_triggers_done(int written);

#endif
