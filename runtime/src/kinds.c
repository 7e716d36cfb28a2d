/*===- kinds.c - The kinds of state a checkpoint holds, in hook order -----===*
 * Order matters: objects are written in collect order, refusals are
 * reported in check order, and a restore's checks run in start/place
 * order (the hardening tests pin their messages). Frames and thread-locals
 * are collected per thread (state_threads.c); jmp_bufs, mutexes and
 * condition variables are converted by type (objconv.c); libc's random
 * state is a registered global (state_libc.c); so are the working
 * directory and umask (state_cwd.c), filled in by a collect hook that runs
 * before the globals are collected.
 *===----------------------------------------------------------------------===*/
#include "kinds.h"
#include "state_argv.h"
#include "state_atexit.h"
#include "state_clock.h"
#include "state_errno.h"
#include "state_locale.h"
#include "state_cwd.h"
#include "state_files.h"
#include "state_frames.h"
#include "state_globals.h"
#include "state_heap.h"
#include "state_mutexes.h"
#include "state_pointers.h"
#include "state_threads.h"

const mig_kind mig_kinds[] = {
    /* name       collect                  check                   put
       start                  place                         finish */
    {"cwd", mig_st_cwd_collect, mig_st_cwd_check, NULL, NULL, NULL, mig_st_cwd_finish},
    {"files", mig_st_files_collect, mig_st_files_check, NULL, mig_st_files_start, NULL, NULL},
    {"locale", mig_st_locale_collect, NULL, NULL, NULL, NULL, mig_st_locale_finish},
    {"atexit", NULL, mig_st_atexit_check, NULL, NULL, NULL, mig_st_atexit_finish},
    {"errno", mig_st_errno_collect, NULL, NULL, NULL, NULL, NULL},
    {"clock", mig_st_clock_collect, NULL, NULL, NULL, NULL, mig_st_clock_finish},
    {"globals", mig_st_globals_collect, NULL, NULL, NULL, NULL, NULL},
    {"heap", mig_st_heap_collect, NULL, NULL, NULL, NULL, NULL},
    {"argv", mig_st_argv_collect, NULL, NULL, NULL, NULL, mig_st_argv_finish},
    {"pointers", NULL, mig_st_pointers_check, NULL, NULL, NULL, NULL},
    {"frames", NULL, mig_st_frames_check, NULL, NULL, NULL, NULL},
    {"mutexes", NULL, mig_st_mutexes_sort, NULL, NULL, mig_st_mutexes_validate_held, NULL},
    {"threads", mig_st_threads_collect, mig_st_threads_check, mig_st_threads_put,
     mig_st_threads_start, mig_st_threads_place, mig_st_threads_finish},
};
const unsigned mig_nkinds = sizeof mig_kinds / sizeof mig_kinds[0];
