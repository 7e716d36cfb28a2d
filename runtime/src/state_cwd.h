/*===- state_cwd.h - Working directory and umask (state_cwd.c) ------------===*/
#ifndef MIG_STATE_CWD_H
#define MIG_STATE_CWD_H
#include "rctx.h"
#include "wctx.h"

/* Writer: read the working directory and umask into the runtime's global
 * (before the globals are collected, so the checkpoint holds them). */
void mig_st_cwd_collect(writer *w);
/* Writer: refuse when the working directory could not be read. */
void mig_st_cwd_check(writer *w);
/* Restore: chdir to the saved directory and set the saved umask. */
void mig_st_cwd_finish(rctx *x);

#endif
