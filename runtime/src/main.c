/*===- main.c - The program's main(): restore, run, checkpoint, repeat ----===*
 * The top of the runtime's layers (runtime/LAYERS): initializes every
 * module in order and runs the user's main in a loop that rewinds after
 * each checkpoint.
 *===----------------------------------------------------------------------===*/
#include "checkpoint.h"
#include "config.h"
#include "frames.h"
#include "key.h"
#include "process.h"
#include "pthread_entry.h"
#include "registry.h"
#include "shadow.h"
#include "threads.h"
#include "triggers.h"
#include <mig/abi.h>
#include <stdlib.h>

int main(int argc, char **argv, char **envp) {
  mig_process_init(argc, argv, envp);
  mig_key_init(); /* before anything saves or reads the environment */
  mig_registry_init();
  mig_config_init();
  mig_triggers_init();
  mig_threads_init_main(mig_thread_trampoline);
  char *base = mig_shadow_base();

  const char *restore = getenv("MIG_RESTORE");
  if (restore && *restore) {
    mig_checkpoint_restore(restore);
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
  for (;;) {
    __mig_shadow_top = base; /* rewinding pushes land where frames were */
    int r = __mig_user_main(mig_argc, mig_argv, mig_envp);
    if (__mig_state != __MIG_UNWINDING) return r;
    /* The whole stack is in frame records: wait for the other threads; the
     * last one to get there writes the checkpoint (or exits 85). */
    mig_checkpoint_join();
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
}
