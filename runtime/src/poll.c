/*===- poll.c - Execution state, poll points, mig_checkpoint --------------===*
 * A poll point enters the runtime when __mig_poll_requested is set: it
 * counts the poll (triggers.c) and, when a checkpoint is due, joins the
 * stop of every thread (world.c) by unwinding its stack. mig_checkpoint()
 * asks for one from the program.
 *===----------------------------------------------------------------------===*/
#include "poll.h"
#include "counters.h"
#include "frames.h"
#include "threads.h"
#include "triggers.h"
#include "util.h"
#include "world.h"
#include <mig.h>
#include <errno.h>
#include <stdio.h>

__thread int __mig_state __attribute__((tls_model("initial-exec")));
__thread int __mig_unsafe_depth __attribute__((tls_model("initial-exec")));
__thread int mig_saved_errno;

/* Start unwinding the current thread's stack. */
static void begin_unwind(void) {
  mig_frames_reset();
  __mig_state = __MIG_UNWINDING;
}

/* user_errno: the program's errno when it entered the runtime, before the
 * runtime's own calls (counting the poll, the stop) change it. */
static int stop_here(int force, int user_errno) {
  if (!force && !mig_triggers_pending() && !mig_world_stopping()) return 0;
  /* Not a safe point, or a thread the runtime did not start: wait for
   * the next one (the stop waits too). */
  if (__mig_unsafe_depth > 0 || !mig_thread_self()) return 0;
  mig_saved_errno = user_errno;
  mig_world_enter_stop();
  begin_unwind();
  return 1;
}

int mig_stop_here(int force) { return stop_here(force, errno); }

int mig_end_rewind(void) {
  if (mig_frames_remaining())
    mig_fatal("rewind ended with %zu frames not restored", mig_frames_remaining());
  mig_frames_reset();
  __mig_state = __MIG_NORMAL;
  errno = mig_saved_errno;
  return mig_count.pending_result;
}

/* Polls a thread runs between two calls into the runtime when counting
 * (MIG_STATS, MIG_STOP_AT): large enough that the calls cost nothing, and
 * never past the next counted event, which thus falls on the last poll of
 * a batch. With several threads running each reports every poll: batches
 * of other threads would make "the N-th poll" depend on when they report. */
enum { POLL_BATCH = 1 << 16 };

static void next_batch(uint64_t polls) {
  uint64_t n = mig_triggers_polls_to_next(polls);
  if (n > POLL_BATCH) n = POLL_BATCH;
  if (mig_threads_running() > 1) n = 1;
  mig_counters_report_after(n);
}

int __mig_poll(void) {
  int user_errno = errno;
  if (__mig_state == __MIG_REWINDING) {
    mig_end_rewind();
    return 0;
  }
  if (__mig_state != __MIG_NORMAL) return 0;
  next_batch(mig_triggers_count_batch());
  if (stop_here(0, user_errno)) return 1;
  if (!mig_triggers_pending() && !mig_world_stopping()) mig_poll_quiet();
  return 0;
}

int mig_checkpoint(void) {
  int user_errno = errno;
  if (__mig_state == __MIG_REWINDING) return mig_end_rewind();
  if (__mig_state != __MIG_NORMAL) return -1;
  /* Counted here, not by the inline countdown: the batch the countdown
   * runs must be planned again, or it would end one poll past a MIG_STOP_AT
   * target (at the program's last poll: never). */
  next_batch(mig_triggers_count_poll());
  if (__mig_unsafe_depth > 0) {
    fprintf(stderr, "mig: checkpoint refused: mig_checkpoint() called from a callback of "
                    "an untransformed function (not a safe point)\n");
    return -2;
  }
  if (!mig_thread_self()) {
    fprintf(stderr, "mig: checkpoint refused: mig_checkpoint() called from a thread "
                    "migcc did not create (not through pthread_create in migcc-built "
                    "code)\n");
    return -3;
  }
  stop_here(1, user_errno);
  return 0;
}
