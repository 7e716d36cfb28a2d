/*===- state_globals.c - Globals (and read-only ones) ----------------------===*
 * Writer: every registered global that is not thread-local; a const global
 * is recorded as an address range only (RODATA), so pointers into it can be
 * translated. Restore: a global is placed where this program has it; a
 * `const` global with pointers in it (`const char *const names[]`) lives in
 * RELRO memory: the receiver's copy already holds the right values (the same
 * initializer, relocated for this process) and cannot be written.
 *===----------------------------------------------------------------------===*/
#include "state_globals.h"
#include "registry.h"
#include <stdio.h>
#include <stdlib.h>

void mig_st_globals_collect(writer *w) {
  for (size_t i = 0; i < mig_nglobals(); i++) {
    const __mig_global *g = mig_global_at(i);
    if (g->flags & MIG_GF_THREAD) continue; /* per thread: collect_thread */
    /* A const global is the same in every process of the program: only its
     * address range is recorded, so pointers into it can be translated. */
    mig_w_add_obj(w, g->flags & MIG_GF_READONLY ? MIG_OBJ_RODATA : MIG_OBJ_GLOBAL, g->type, g->name,
            g->addr, g->count, g->count * g->type->size, NULL);
  }
}

const __mig_type *mig_st_globals_type_here(rctx *x, const mig_robject *o) {
  (void)x;
  const __mig_global *g = mig_global_by_name(o->name);
  if (!g) mig_r_fail("global %s is not in this program", o->name);
  if (!(g->flags & MIG_GF_THREAD) != (o->kind != MIG_OBJ_TLS))
    mig_r_fail("global %s is %sthread-local here", o->name, o->kind == MIG_OBJ_TLS ? "not " : "");
  if (g->count != o->count)
    mig_r_fail("global %s has %lu elements here, %llu in the checkpoint", o->name, g->count,
               (unsigned long long)o->count);
  return g->type;
}

void mig_st_globals_place(rctx *x, uint32_t i) {
  x->raddr[i] = mig_global_by_name(x->c.objects[i].name)->addr;
}

static mig_addr_range *writable;
static size_t nwritable;
static int have_maps;

void mig_st_globals_load_writable(void) {
  free(writable);
  writable = mig_maps_ranges(1, 'w', &nwritable, &have_maps);
}

int mig_st_globals_writable(const void *p, size_t n) {
  uintptr_t a = (uintptr_t)p;
  if (!have_maps) return 1; /* no /proc: assume writable */
  for (size_t i = 0; i < nwritable; i++)
    if (a >= writable[i].lo && a + n <= writable[i].hi) return 1;
  return 0;
}

void mig_st_globals_forget_writable(void) {
  free(writable);
  writable = NULL;
  have_maps = 0;
}
