/*===- triggers.h - What asks for a checkpoint (triggers.c) ---------------===*/
#ifndef MIG_TRIGGERS_H
#define MIG_TRIGGERS_H

void mig_triggers_init(void); /* signals and timer, after mig_config_init */
/* Count a poll (or mig_checkpoint call) and note MIG_STOP_AT and retries. */
void mig_triggers_count_poll(void);
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
