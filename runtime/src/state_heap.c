/*===- state_heap.c - Heap blocks ------------------------------------------===*
 * Writer: every live block of the runtime's heap (heap.c), with its type and
 * alignment name. Restore: a registered block of this program's size for
 * each (validate.c has checked that all of them fit in this process).
 *===----------------------------------------------------------------------===*/
#include "state_heap.h"
#include "heap.h"
#include <stdlib.h>

void mig_st_heap_collect(writer *w) {
  size_t n;
  mig_heap_block *b = mig_heap_snapshot(&n);
  mig_w_reserve_objs(w, n);
  for (size_t i = 0; i < n; i++) {
    const __mig_type *t = b[i].type;
    uint64_t count = t->size ? b[i].size / t->size : 0;
    mig_w_add_obj(w, MIG_OBJ_HEAP, t, mig_heap_block_name(&b[i]), (void *)b[i].addr, count, b[i].size, NULL);
  }
  free(b);
}

void mig_st_heap_place(rctx *x, uint32_t i) {
  x->raddr[i] = mig_heap_place(x->rbytes[i], x->rtype[i], x->c.objects[i].name,
                               x->c.objects[i].addr);
}
