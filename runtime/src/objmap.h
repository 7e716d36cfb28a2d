/*===- objmap.h - Address ranges of saved objects, sorted for lookup ------===*/
#ifndef MIG_OBJMAP_H
#define MIG_OBJMAP_H
#include <stddef.h>
#include <stdint.h>

typedef struct mig_range {
  uint64_t start, size;
  uint32_t id;   /* caller's object (or literal) number */
} mig_range;

typedef struct mig_objmap {
  mig_range *r;
  size_t n, cap;
  /* Exact start address -> index + 1: most pointers point to the start of
   * an object, and a hash probe beats a cache-missing binary search. Built
   * by the first lookups that the hint below does not answer (building it
   * costs a cache miss per object: not worth it when the hint answers). */
  uintptr_t *hkeys;
  uint32_t *hvals;
  size_t hcap;
  /* Index of the last range found: pointers mostly go to the same or a
   * neighbouring object (a list's next node), found without a cache miss. */
  size_t hint, misses;
  int sorted;
} mig_objmap;

/* Room for n ranges in all: one allocation instead of a doubling series
 * (each a copy of the map and fresh pages) when the count is known. */
void mig_objmap_reserve(mig_objmap *m, size_t n);
void mig_objmap_add(mig_objmap *m, uint64_t start, uint64_t size, uint32_t id);
/* Sort; returns the id of a pair of overlapping ranges' second member
 * in *overlap (or UINT32_MAX) so the caller can refuse inconsistent input. */
void mig_objmap_sort(mig_objmap *m, uint32_t *overlap_a, uint32_t *overlap_b);
/* The range holding address v, or the one ending exactly at v (a pointer
 * one past the end of an array). NULL when none. */
const mig_range *mig_objmap_find(const mig_objmap *m, uint64_t v);
void mig_objmap_free(mig_objmap *m);

#endif
