/*===- poll.h - Execution state, poll points, mig_checkpoint (poll.c) -----===*/
#ifndef MIG_POLL_H
#define MIG_POLL_H

/* At a safe point in NORMAL state (not counted as a poll): when a
 * checkpoint is due (or `force`), join it and start unwinding this thread;
 * returns 1 when the caller must unwind. */
int mig_stop_here(int force);
/* The innermost frame of a rewind was reached (a poll, mig_checkpoint or a
 * migratable wrapper): execution goes on; returns the pending result. */
int mig_end_rewind(void);
/* The thread's errno when it stopped, put back when its rewind ends
 * (saved in every checkpoint: state_errno.c registers it). */
extern __thread int mig_saved_errno;

#endif
