/*===- unit_objmap.c - objmap.c: which saved object an address is in -------===*
 * Pointer lookup by address as the writer (validating pointers) and the
 * restorer (re-basing them) use it: an object's start, an interior address,
 * one past the end (a valid C pointer), empty objects, adjacent objects
 * (a start wins over the previous object's end), overlaps reported by sort,
 * and a large random map checked against a linear search.
 *===----------------------------------------------------------------------===*/
#include "objmap.h"
#include "unit.h"
#include <stdlib.h>

static uint32_t id_at(const mig_objmap *m, uint64_t v) {
  const mig_range *r = mig_objmap_find(m, v);
  return r ? r->id : UINT32_MAX;
}

static void lookups(void) {
  mig_objmap m = {0};
  uint32_t oa, ob;
  mig_objmap_add(&m, 0x3000, 8, 3); /* added out of order on purpose */
  mig_objmap_add(&m, 0x1000, 16, 1);
  mig_objmap_add(&m, 0x2000, 0, 2); /* an empty object (a zero-length array) */
  mig_objmap_add(&m, 0x4000, 16, 4);
  mig_objmap_add(&m, 0x4010, 16, 5); /* right after 4 */
  mig_objmap_sort(&m, &oa, &ob);
  CHECK(oa == UINT32_MAX && ob == UINT32_MAX);
  CHECK(id_at(&m, 0x1000) == 1);  /* start */
  CHECK(id_at(&m, 0x1007) == 1);  /* interior */
  CHECK(id_at(&m, 0x100F) == 1);  /* last byte */
  CHECK(id_at(&m, 0x1010) == 1);  /* one past the end */
  CHECK(id_at(&m, 0x1011) == UINT32_MAX);
  CHECK(id_at(&m, 0x0FFF) == UINT32_MAX);
  CHECK(id_at(&m, 0) == UINT32_MAX);
  CHECK(id_at(&m, 0x2000) == 2);  /* the empty object's address */
  CHECK(id_at(&m, 0x2001) == UINT32_MAX);
  CHECK(id_at(&m, 0x3004) == 3);
  CHECK(id_at(&m, 0x3008) == 3);
  CHECK(id_at(&m, 0x4010) == 5);  /* 5's start, not 4's end */
  CHECK(id_at(&m, 0x400F) == 4);
  CHECK(id_at(&m, 0x4020) == 5);
  CHECK(id_at(&m, UINT64_MAX) == UINT32_MAX);
  mig_objmap_free(&m);
  CHECK(m.n == 0 && m.r == NULL);
}

static void overlaps(void) {
  mig_objmap m = {0};
  uint32_t oa, ob;
  mig_objmap_add(&m, 0x5000, 32, 7);
  mig_objmap_add(&m, 0x5010, 8, 8); /* inside 7 */
  mig_objmap_add(&m, 0x6000, 8, 9);
  mig_objmap_sort(&m, &oa, &ob);
  CHECK(oa == 7 && ob == 8);
  mig_objmap_free(&m);
  /* Touching is not overlapping; an empty range inside another is not either. */
  mig_objmap_add(&m, 0x5000, 16, 1);
  mig_objmap_add(&m, 0x5010, 16, 2);
  mig_objmap_add(&m, 0x5020, 0, 3);
  mig_objmap_sort(&m, &oa, &ob);
  CHECK(oa == UINT32_MAX);
  mig_objmap_free(&m);
}

/* Objects with random sizes and gaps; every address near them resolves as
 * a linear scan says (the start hash and the binary search agree). */
static void random_map(void) {
  enum { N = 1500 };
  static uint64_t start[N], size[N];
  mig_objmap m = {0};
  uint32_t oa, ob;
  srand(12345);
  uint64_t at = 0x10000;
  for (int i = 0; i < N; i++) {
    at += (uint64_t)(rand() % 3) * 8; /* 0: adjacent to the previous one */
    start[i] = at;
    size[i] = (uint64_t)(rand() % 5) * 8;
    at += size[i];
    mig_objmap_add(&m, start[i], size[i], (uint32_t)i);
  }
  mig_objmap_sort(&m, &oa, &ob);
  CHECK(oa == UINT32_MAX);
  int wrong = 0;
  for (uint64_t v = 0x10000 - 8; v < at + 16; v += 4) {
    uint32_t want = UINT32_MAX; /* a start, else inside, else an end */
    for (int i = 0; i < N && want == UINT32_MAX; i++)
      if (start[i] == v && size[i]) want = (uint32_t)i;
    for (int i = 0; i < N && want == UINT32_MAX; i++)
      if (v >= start[i] && v < start[i] + size[i]) want = (uint32_t)i;
    int ends = 0;
    for (int i = 0; i < N; i++)
      if (start[i] + size[i] == v || (size[i] == 0 && start[i] == v)) ends = 1;
    uint32_t got = id_at(&m, v);
    if (want != UINT32_MAX ? got != want : (ends ? got == UINT32_MAX : got != UINT32_MAX)) {
      if (wrong++ < 5)
        fprintf(stderr, "address %#llx: got object %d (-1: none), want %s %d\n", (unsigned long long)v,
                (int)got, want == UINT32_MAX && ends ? "an object ending there, not" : "object", (int)want);
    }
  }
  CHECK(wrong == 0);
  mig_objmap_free(&m);
}

int main(void) {
  lookups();
  overlaps();
  random_map();
  return unit_done("unit_objmap");
}
