/*===- state_errno.h - errno, per thread (state_errno.c) ------------------===*/
#ifndef MIG_STATE_ERRNO_H
#define MIG_STATE_ERRNO_H
#include "wctx.h"

/* Writer: nothing to do (each thread copied its errno when it entered the
 * runtime); listed in kinds.c so that every program links this file and
 * its registration of "<runtime>:errno" (a static archive drops an object
 * nothing refers to). */
void mig_st_errno_collect(writer *w);

#endif
