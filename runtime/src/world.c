/*===- world.c - Stopping every thread for a checkpoint -------------------===*
 * The first thread at a safe point when a checkpoint is due marks the world
 * stopping and sets __mig_poll_requested, so every thread's next poll
 * enters the runtime. Each thread unwinds at its next safe point (a poll,
 * mig_checkpoint, or a migratable wrapper it is blocked in: join, mutex
 * lock, condition wait) and parks in mig_world_park(). The thread that
 * completes the set (every RUNNING thread parked) is told so; the
 * orchestrator (checkpoint.c) writes the checkpoint with every thread's
 * frames, then all of them rewind (or the process exits 85). Parked threads
 * keep the mutexes they hold. The stop's state is guarded by the thread
 * table's lock (threads.c).
 *===----------------------------------------------------------------------===*/
#include "world.h"
#include "util.h"
#include "config.h"
#include "counters.h"
#include "threads.h"
#include "triggers.h"
#include <mig/abi.h>
#include <mig/format.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned parked;          /* RUNNING threads unwound and waiting */
static int stopping, writing, exit_after;
static unsigned long generation; /* bumped when a stop ends             */

int mig_world_stopping(void) { return __atomic_load_n(&stopping, __ATOMIC_SEQ_CST); }

void mig_world_enter_stop(void) {
  mig_threads_lock();
  if (!stopping) {
    __atomic_store_n(&stopping, 1, __ATOMIC_SEQ_CST);
    __atomic_store_n(&__mig_poll_requested, __MIG_POLL_NOW, __ATOMIC_SEQ_CST);
    mig_threads_broadcast(); /* joiners take part */
  }
  exit_after |= mig_triggers_take();
  mig_threads_unlock();
}

int mig_world_park(void) {
  mig_thread_self()->shadow_top = __mig_shadow_top;
  mig_threads_lock();
  parked++;
  unsigned long gen = generation;
  mig_threads_broadcast();
  while (generation == gen) {
    if (!writing && parked == mig_threads_running()) {
      writing = 1;
      exit_after |= mig_triggers_take();
      mig_threads_unlock();
      return 1;
    }
    mig_threads_wait();
  }
  mig_threads_unlock();
  return 0;
}

void mig_world_resume(int rc) {
  mig_threads_lock();
  if (rc == 0) {
    mig_count.checkpoints++;
    if (exit_after) { /* the other threads are parked */
      mig_runtime_exiting = 1;
      exit(MIG_EXIT_STOPPED);
    }
  } else if (exit_after & MIG_TAKE_TERM) {
    /* A scheduler sent SIGTERM and will not wait: the program stops all the
     * same, with a status that says "start over" (the message above says
     * why the checkpoint was not written). */
    fprintf(stderr, "mig: stopping on SIGTERM without a checkpoint (exit status %d)\n",
            MIG_EXIT_NOCKPT);
    mig_runtime_exiting = 1;
    exit(MIG_EXIT_NOCKPT);
  }
  mig_count.pending_result = rc == 0 ? 0 : -1;
  mig_triggers_done(rc == 0);
  __atomic_store_n(&stopping, 0, __ATOMIC_SEQ_CST);
  writing = exit_after = 0;
  parked = 0;
  generation++;
  mig_poll_quiet();
  mig_threads_broadcast();
  mig_threads_unlock();
}

void mig_poll_quiet(void) {
  int counting = mig_cfg.keep_polling || mig_triggers_retry_scheduled();
  __atomic_store_n(&__mig_poll_requested, counting ? __MIG_POLL_COUNT : __MIG_POLL_OFF,
                   __ATOMIC_SEQ_CST);
  /* A signal or another thread may have asked meanwhile: do not lose it. */
  if (mig_triggers_pending() || mig_world_stopping())
    __atomic_store_n(&__mig_poll_requested, __MIG_POLL_NOW, __ATOMIC_SEQ_CST);
}
