/*===- state_heap.c - Heap blocks ------------------------------------------===*
 * Writer: every live block of the runtime's heap (heap.c), with its type and
 * alignment name. Restore: a registered block of this program's size for
 * each, after checking that all of them fit in this process.
 *===----------------------------------------------------------------------===*/
#include "state_heap.h"
#include "heap.h"
#include <stdlib.h>

void mig_st_heap_collect(writer *w) {
  size_t n;
  mig_heap_block *b = mig_heap_snapshot(&n);
  for (size_t i = 0; i < n; i++) {
    const __mig_type *t = b[i].type;
    uint64_t count = t->size ? b[i].size / t->size : 0;
    mig_w_add_obj(w, MIG_OBJ_HEAP, t, mig_heap_block_name(&b[i]), (void *)b[i].addr, count, b[i].size, NULL);
  }
  free(b);
}

/* A 32-bit receiver cannot hold what a 64-bit sender may have allocated:
 * refuse before allocating anything rather than fail half-way (or wrap a
 * size). The limit leaves a quarter of the address space to the program,
 * its libraries and stacks. */
void mig_st_heap_check_total(rctx *x) {
  uint64_t total = 0, limit = (uint64_t)SIZE_MAX / 4 * 3;
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    if (o->kind != MIG_OBJ_HEAP) continue;
    uint64_t n = x->rbytes[i];
    total = n > UINT64_MAX - total ? UINT64_MAX : total + n;
  }
  if (total > limit)
    mig_r_fail("the heap blocks need %llu bytes here, more than this %u-bit process can hold",
         (unsigned long long)total, (unsigned)(8 * sizeof(void *)));
}

void mig_st_heap_place(rctx *x, uint32_t i) {
  x->raddr[i] = mig_heap_alloc(x->rbytes[i], x->rtype[i], x->c.objects[i].name);
}
