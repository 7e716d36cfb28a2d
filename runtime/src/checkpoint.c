/*===- checkpoint.c - The checkpoint orchestrator -------------------------===*
 * The two ends of a migration, in order: stop every thread (world.c), the
 * last one writes (writer.c), then all rewind or the process exits; and a
 * restore (restore.c) followed by the release of every thread.
 *===----------------------------------------------------------------------===*/
#include "checkpoint.h"
#include "config.h"
#include "counters.h"
#include "restore.h"
#include "threads.h"
#include "user_signals.h"
#include "world.h"
#include "writer.h"
#include <stdio.h>

void mig_checkpoint_join(void) {
  if (!mig_world_park()) return;
  fflush(NULL);
  mig_world_resume(mig_write_checkpoint(mig_cfg.ckpt_path));
}

void mig_checkpoint_restore(const char *path) {
  mig_restore(path); /* sets mig_argc/argv/envp, frame records, threads */
  mig_user_signals_reinstall();
  mig_count.pending_result = 1;
  mig_threads_restore_go(); /* every thread re-locks its mutexes, then rewinds */
}
