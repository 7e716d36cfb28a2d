/*===- objmap.c - Address ranges of saved objects, sorted for lookup ------===*
 * Built once per checkpoint (sender: to validate pointers; receiver: to
 * resolve them): O(n log n) to sort, O(log n) per pointer.
 *===----------------------------------------------------------------------===*/
#include "objmap.h"
#include "util.h"
#include <stdlib.h>

void mig_objmap_add(mig_objmap *m, uint64_t start, uint64_t size, uint32_t id) {
  if (m->n == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 256;
    m->r = mig_xrealloc(m->r, m->cap * sizeof *m->r);
  }
  m->r[m->n++] = (mig_range){start, size, id};
}

static int cmp_range(const void *a, const void *b) {
  const mig_range *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->size < y->size ? -1 : x->size > y->size;
}

void mig_objmap_sort(mig_objmap *m, uint32_t *oa, uint32_t *ob) {
  qsort(m->r, m->n, sizeof *m->r, cmp_range);
  *oa = *ob = UINT32_MAX;
  for (size_t i = 1; i < m->n; i++)
    if (m->r[i - 1].size && m->r[i].size &&
        m->r[i].start - m->r[i - 1].start < m->r[i - 1].size) {
      *oa = m->r[i - 1].id;
      *ob = m->r[i].id;
      return;
    }
}

const mig_range *mig_objmap_find(const mig_objmap *m, uint64_t v) {
  size_t lo = 0, hi = m->n; /* first range with start > v */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->r[mid].start <= v) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return NULL;
  const mig_range *r = &m->r[lo - 1];
  if (v - r->start < r->size) return r;
  /* Several empty ranges or an end pointer: walk back over equal starts. */
  for (size_t i = lo; i-- > 0 && m->r[i].start + m->r[i].size >= v;)
    if (m->r[i].start + m->r[i].size == v || v - m->r[i].start < m->r[i].size) return &m->r[i];
  return NULL;
}

void mig_objmap_free(mig_objmap *m) {
  free(m->r);
  m->r = NULL;
  m->n = m->cap = 0;
}
