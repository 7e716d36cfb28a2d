/*===- state_locale.h - The locale set by setlocale (state_locale.c) ------===*/
#ifndef MIG_STATE_LOCALE_H
#define MIG_STATE_LOCALE_H
#include "rctx.h"
#include "wctx.h"

/* Writer: read each category's locale name into the runtime's global
 * (before the globals are collected). */
void mig_st_locale_collect(writer *w);
/* Restore: set each saved locale again; a missing one is an error. */
void mig_st_locale_finish(rctx *x);

#endif
