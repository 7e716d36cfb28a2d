/*===- state_frames.h - Frames in a checkpoint (state_frames.c) -----------===*/
#ifndef MIG_STATE_FRAMES_H
#define MIG_STATE_FRAMES_H
#include "rctx.h"
#include "wctx.h"

/* Writer: thread wt's frames and allocas (called per thread). */
void mig_st_frames_collect(writer *w, wthread *wt);
/* Allocas outside any shadow frame are refused. */
void mig_st_frames_check(writer *w);
/* Thread wt's frame list in the THREADS section. */
void mig_st_frames_put(writer *w, mig_buf *b, const wthread *wt);
/* Restore: this program's register (shadow = 0) or shadow frame type of o. */
const __mig_type *mig_st_frames_type_here(const mig_robject *o, int shadow);
/* Thread k's shadow frames, allocas and frame records. */
void mig_st_frames_place(rctx *x, uint32_t k);

#endif
