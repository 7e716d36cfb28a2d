/*===- state_tls.h - Thread-locals in a checkpoint (state_tls.c) ----------===*/
#ifndef MIG_STATE_TLS_H
#define MIG_STATE_TLS_H
#include "rctx.h"
#include "wctx.h"

void mig_st_tls_collect(writer *w, wthread *wt); /* per thread */
void mig_st_tls_place(rctx *x, uint32_t k);

#endif
