/*===- state_threads.h - Threads in a checkpoint (state_threads.c) --------===*/
#ifndef MIG_STATE_THREADS_H
#define MIG_STATE_THREADS_H
#include "rctx.h"
#include "wctx.h"

void mig_st_threads_collect(writer *w);
void mig_st_threads_check(writer *w);
void mig_st_threads_put(writer *w, mig_buf *b); /* the THREADS section */
void mig_st_threads_start(rctx *x);  /* before objects are placed */
void mig_st_threads_place(rctx *x);  /* frames and thread-locals */
void mig_st_threads_finish(rctx *x); /* after conversion */

#endif
