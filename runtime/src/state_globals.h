/*===- state_globals.h - Globals in a checkpoint (state_globals.c) --------===*/
#ifndef MIG_STATE_GLOBALS_H
#define MIG_STATE_GLOBALS_H
#include "rctx.h"
#include "wctx.h"

void mig_st_globals_collect(writer *w);
/* Restore: this program's type of global, thread-local or read-only object o. */
const __mig_type *mig_st_globals_type_here(rctx *x, const mig_robject *o);
void mig_st_globals_place(rctx *x, uint32_t i);
/* Which memory is writable (/proc/self/maps), read once per restore. */
void mig_st_globals_load_writable(void);
int mig_st_globals_writable(const void *p, size_t n);
void mig_st_globals_forget_writable(void);

#endif
