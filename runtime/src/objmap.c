/*===- objmap.c - Address ranges of saved objects, sorted for lookup ------===*
 * Built once per checkpoint (sender: to validate pointers; receiver: to
 * resolve them): a merge of the few ascending runs objects come in (else
 * O(n log n)) to sort; per pointer, mostly O(1) (a hint, a start index),
 * else O(log n).
 *===----------------------------------------------------------------------===*/
#include "objmap.h"
#include "util.h"
#include <stdlib.h>
#include <string.h>

void mig_objmap_reserve(mig_objmap *m, size_t n) {
  if (n <= m->cap) return;
  m->cap = n;
  m->r = mig_xrealloc(m->r, m->cap * sizeof *m->r);
}

void mig_objmap_add(mig_objmap *m, uint64_t start, uint64_t size, uint32_t id) {
  if (m->n == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 256;
    m->r = mig_xrealloc(m->r, m->cap * sizeof *m->r);
  }
  m->r[m->n++] = (mig_range){start, size, id};
  m->sorted = 0;
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

/* Objects come in a few ascending runs (globals, the heap in address
 * order: mig_heap_snapshot, frames): merged pairwise, O(n log runs) moves
 * instead of n log n comparator calls. 0 when there are too many runs. */
#define MAX_RUNS 64
static int merge_runs(mig_range *a, size_t n) {
  size_t b[MAX_RUNS + 1], nb = 0;
  b[nb++] = 0;
  for (size_t i = 1; i < n; i++)
    if (cmp_range(&a[i - 1], &a[i]) > 0) {
      if (nb == MAX_RUNS) return 0;
      b[nb++] = i;
    }
  b[nb] = n;
  if (nb == 1) return 1;
  mig_range *tmp = mig_xmalloc(n * sizeof *a), *src = a, *dst = tmp;
  while (nb > 1) {
    size_t k = 0;
    for (size_t r = 0; r < nb; r += 2, k++) {
      size_t lo = b[r], mid = b[r + 1], hi = r + 2 <= nb ? b[r + 2] : mid; /* b[nb] = n */
      size_t i = lo, j = mid, o = lo;
      while (i < mid && j < hi) dst[o++] = cmp_range(&src[j], &src[i]) < 0 ? src[j++] : src[i++];
      while (i < mid) dst[o++] = src[i++];
      while (j < hi) dst[o++] = src[j++];
      b[k] = lo;
    }
    b[k] = n;
    nb = k;
    mig_range *t = src;
    src = dst;
    dst = t;
  }
  if (src != a) memcpy(a, src, n * sizeof *a);
  free(tmp);
  return 1;
}

void mig_objmap_sort(mig_objmap *m, uint32_t *oa, uint32_t *ob) {
  if (!merge_runs(m->r, m->n)) qsort(m->r, m->n, sizeof *m->r, cmp_range);
  m->sorted = 1;
  m->hint = m->misses = 0;
  *oa = *ob = UINT32_MAX;
  for (size_t i = 1; i < m->n; i++)
    if (m->r[i - 1].size && m->r[i].size &&
        m->r[i].start - m->r[i - 1].start < m->r[i - 1].size) {
      *oa = m->r[i - 1].id;
      *ob = m->r[i].id;
      return;
    }
}

/* Range i gives the answer of the searches below: non-empty ranges do not
 * overlap, so one that starts at v is the one the start index finds; one
 * holding v, with the next range starting after v, is the binary search's. */
static int is_answer(const mig_objmap *m, size_t i, uint64_t v) {
  const mig_range *r = &m->r[i];
  if (!r->size || !r->start || v - r->start >= r->size) return 0;
  return v == r->start || i + 1 == m->n || m->r[i + 1].start > v;
}

/* The lookup caches (hint, start index) change, the map does not: lookups
 * take a const map. One thread at a time (the writer, the restore). */
const mig_range *mig_objmap_find(const mig_objmap *cm, uint64_t v) {
  mig_objmap *m = (mig_objmap *)cm;
  if (m->sorted && v && m->n) {
    static const int near[] = {0, 1, -1, 2};
    for (unsigned k = 0; k < sizeof near / sizeof *near; k++) {
      size_t i = m->hint + (size_t)(ptrdiff_t)near[k];
      if (i < m->n && is_answer(m, i, v)) {
        m->hint = i;
        return &m->r[i];
      }
    }
    if (!m->hcap && ++m->misses > m->n / 32 + 64) build_start_index(m);
  }
  if (m->hcap && v) {
    for (size_t h = start_hash(v, m->hcap - 1); m->hkeys[h]; h = (h + 1) & (m->hcap - 1))
      if (m->hkeys[h] == v) {
        m->hint = m->hvals[h] - 1;
        return &m->r[m->hint];
      }
  }
  size_t lo = 0, hi = m->n; /* first range with start > v */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->r[mid].start <= v) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return NULL;
  const mig_range *r = &m->r[lo - 1];
  if (v - r->start < r->size) {
    m->hint = lo - 1;
    return r;
  }
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
  m->hint = m->misses = 0;
  m->sorted = 0;
  free(m->r);
  m->r = NULL;
  m->n = m->cap = 0;
}
