/*===- state_argv.h - argv/envp in a checkpoint (state_argv.c) ------------===*/
#ifndef MIG_STATE_ARGV_H
#define MIG_STATE_ARGV_H
#include "rctx.h"
#include "wctx.h"

void mig_st_argv_collect(writer *w);
void mig_st_argv_place(rctx *x, uint32_t i); /* ARGV, ENVP, STRING objects */
/* After conversion: the restored vectors become mig_argc/argv/envp. */
void mig_st_argv_finish(rctx *x);

#endif
