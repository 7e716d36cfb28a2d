/*===- state_atexit.h - atexit and on_exit handlers (state_atexit.c) ------===*/
#ifndef MIG_STATE_ATEXIT_H
#define MIG_STATE_ATEXIT_H
#include "rctx.h"
#include "wctx.h"

/* Writer: refuse when more handlers were registered than can be saved. */
void mig_st_atexit_check(writer *w);
/* Restore: register the saved handlers again, in their order. */
void mig_st_atexit_finish(rctx *x);

#endif
