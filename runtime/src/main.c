/*===- main.c - The program's main(): restore, run, checkpoint, repeat ----===*/
#include "internal.h"
#include "key.h"
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

int main(int argc, char **argv, char **envp) {
  mig_argc = argc;
  mig_argv = argv;
  mig_envp = envp;
  mig_key_init(); /* before anything saves or reads the environment */
  mig_registry_init();
  mig_triggers_init();
  mig_threads_init_main();
  char *base = mig_shadow_base();

  const char *restore = getenv("MIG_RESTORE");
  if (restore && *restore) {
    mig_restore(restore); /* sets mig_argc/argv/envp, frame records, threads */
    mig_user_signals_reinstall();
    mig_ctl.pending_result = 1;
    mig_threads_restore_go(); /* every thread re-locks its mutexes, then rewinds */
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
  for (;;) {
    __mig_shadow_top = base; /* rewinding pushes land where frames were */
    int r = __mig_user_main(mig_argc, mig_argv, mig_envp);
    if (__mig_state != __MIG_UNWINDING) return r;
    /* The whole stack is in frame records: wait for the other threads; the
     * last one to get there writes the checkpoint (or exits 85). */
    mig_world_park();
    mig_frames_begin_rewind();
    __mig_state = __MIG_REWINDING;
  }
}
