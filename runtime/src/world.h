/*===- world.h - Stopping every thread for a checkpoint (world.c) ---------===*/
#ifndef MIG_WORLD_H
#define MIG_WORLD_H

/* Enter the current stop (start it when there is none). */
void mig_world_enter_stop(void);
int mig_world_stopping(void);
/* A fully unwound thread waits here for the others. Returns 1 to the one
 * that completes the set (every RUNNING thread parked): it must write the
 * checkpoint and call mig_world_resume; 0 when the stop is over and this
 * thread may rewind. */
int mig_world_park(void);
/* The last thread wrote (rc 0) or could not write the checkpoint: exit
 * (MIG_STOP_AT, SIGTERM) or let every thread rewind. */
void mig_world_resume(int rc);
/* No checkpoint is being asked for: poll points may go fast again. */
void mig_poll_quiet(void);

#endif
