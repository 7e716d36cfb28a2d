/*===- state_heap.h - Heap blocks in a checkpoint (state_heap.c) ----------===*/
#ifndef MIG_STATE_HEAP_H
#define MIG_STATE_HEAP_H
#include "rctx.h"
#include "wctx.h"

void mig_st_heap_collect(writer *w);
void mig_st_heap_place(rctx *x, uint32_t i);

#endif
