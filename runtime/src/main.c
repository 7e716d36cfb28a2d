/*===- main.c - The program's main(): restore, run, checkpoint, repeat ----===*/
#include "internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int mig_argc;
char **mig_argv, **mig_envp;

const char *mig_program_name(void) {
  const char *p = mig_argv && mig_argv[0] ? mig_argv[0] : "a.out";
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

/* The user's main returned while UNWINDING: the whole stack is in frame
 * records. Write the checkpoint, then stop or rewind. */
static void checkpoint_and_continue(void) {
  fflush(NULL);
  int rc = mig_write_checkpoint(mig_ctl.ckpt_path);
  if (rc == 0) {
    mig_ctl.checkpoints++;
    if (mig_ctl.exit_after) exit(MIG_EXIT_STOPPED);
  }
  mig_ctl.pending_result = rc == 0 ? 0 : -1;
}

int main(int argc, char **argv, char **envp) {
  mig_argc = argc;
  mig_argv = argv;
  mig_envp = envp;
  mig_is_main_thread = 1;
  mig_registry_init();
  mig_triggers_init();
  mig_shadow_init_thread();
  char *base = mig_shadow_base();

  const char *restore = getenv("MIG_RESTORE");
  if (restore && *restore) {
    mig_restore(restore); /* sets mig_argc/argv/envp and the frame records */
    mig_user_signals_reinstall();
    mig_ctl.pending_result = 1;
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
  for (;;) {
    __mig_shadow_top = base; /* rewinding pushes land where frames were */
    int r = __mig_user_main(mig_argc, mig_argv, mig_envp);
    if (__mig_state != __MIG_UNWINDING) return r;
    checkpoint_and_continue();
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
}
