/*===- state_clock.h - The process's CPU-time clock (state_clock.c) -------===*/
#ifndef MIG_STATE_CLOCK_H
#define MIG_STATE_CLOCK_H
#include "rctx.h"
#include "wctx.h"

/* Writer: note the process CPU time the program has seen so far. */
void mig_st_clock_collect(writer *w);
/* Restore: make the program's CPU-time clocks continue from that value. */
void mig_st_clock_finish(rctx *x);

#endif
