/*===- checkpoint.h - The checkpoint orchestrator (checkpoint.c) ----------===*/
#ifndef MIG_CHECKPOINT_H
#define MIG_CHECKPOINT_H

/* A thread whose whole stack is in frame records: park until the stop is
 * complete; the last thread to park writes the checkpoint (or the process
 * exits 85). Returns when this thread may rewind. */
void mig_checkpoint_join(void);
/* Restore the checkpoint at `path` into this process and let every thread
 * rewind (exits with status 2 and a message on any problem). */
void mig_checkpoint_restore(const char *path);

#endif
