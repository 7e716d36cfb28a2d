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

static size_t start_hash(uint64_t a, size_t mask) {
  return (size_t)((a >> 3) * 0x9e3779b97f4a7c15ull >> 20) & mask;
}

/* Index the starts of non-empty ranges (after sorting, so the first of
 * several ranges with one start wins, as in the binary search). */
static void build_start_index(mig_objmap *m) {
  m->hcap = 16;
  while (m->hcap < m->n * 2) m->hcap *= 2;
  m->hkeys = mig_xcalloc(m->hcap, sizeof *m->hkeys);
  m->hvals = mig_xcalloc(m->hcap, sizeof *m->hvals);
  for (size_t i = 0; i < m->n; i++) {
    if (!m->r[i].size || !m->r[i].start) continue;
    size_t h = start_hash(m->r[i].start, m->hcap - 1);
    while (m->hkeys[h] && m->hkeys[h] != m->r[i].start) h = (h + 1) & (m->hcap - 1);
    if (!m->hkeys[h]) {
      m->hkeys[h] = (uintptr_t)m->r[i].start;
      m->hvals[h] = (uint32_t)(i + 1);
    }
  }
}

void mig_objmap_sort(mig_objmap *m, uint32_t *oa, uint32_t *ob) {
  qsort(m->r, m->n, sizeof *m->r, cmp_range);
  build_start_index(m);
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
  if (m->hcap && v) {
    for (size_t h = start_hash(v, m->hcap - 1); m->hkeys[h]; h = (h + 1) & (m->hcap - 1))
      if (m->hkeys[h] == v) return &m->r[m->hvals[h] - 1];
  }
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
  free(m->hkeys);
  free(m->hvals);
  m->hkeys = NULL;
  m->hvals = NULL;
  m->hcap = 0;
  free(m->r);
  m->r = NULL;
  m->n = m->cap = 0;
}
