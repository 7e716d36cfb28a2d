/*===- state_tls.c - Thread-local globals ----------------------------------===*
 * Writer: each RUNNING thread's instance of every thread-local global.
 * Restore: the instance of the same thread here (its record publishes
 * them, threads.c).
 *===----------------------------------------------------------------------===*/
#include "state_tls.h"
#include "registry.h"

/* This thread's instance of every thread-local global. */
void mig_st_tls_collect(writer *w, wthread *wt) {
  wt->first_tls = -1;
  for (size_t i = 0; i < mig_nglobals(); i++) {
    const __mig_global *g = mig_global_at(i);
    if (!(g->flags & MIG_GF_THREAD)) continue;
    uint32_t o = mig_w_add_obj(w, MIG_OBJ_TLS, g->type, g->name, wt->t->tls[i], g->count,
                         g->count * g->type->size, NULL);
    if (wt->first_tls < 0) wt->first_tls = (int32_t)o;
    wt->ntls++;
  }
}

/* Thread k's instances of the thread-local globals. */
void mig_st_tls_place(rctx *x, uint32_t k) {
  const mig_rthread *t = &x->c.threads[k];
  for (uint32_t i = 0; i < t->ntls; i++) {
    uint32_t oi = (uint32_t)t->first_tls + i;
    const __mig_global *g = mig_global_by_name(x->c.objects[oi].name);
    x->raddr[oi] = x->thr[k]->tls[mig_global_index(g)];
  }
}
