/*===- unit_heap.c - heap.c: the allocator behind the rewritten malloc calls ===*
 * Alignment of small, large and over-aligned blocks, reuse of freed small
 * blocks, calloc zeroing a reused block, realloc keeping the bytes across
 * the small/large boundary, the snapshot a checkpoint takes (live blocks
 * only, with size, type and alignment name), frees from another thread, and
 * pointers that did not come from the wrappers going to libc's free.
 *===----------------------------------------------------------------------===*/
#include "heap.h"
#include "unit.h"
#include <mig/abi.h>
#include <errno.h>
#include <pthread.h>
#include <stdalign.h>
#include <stdlib.h>

/* Any descriptor will do: the allocator only stores the pointer. */
static const __mig_type *T = &__mig_type_bytes;

static const mig_heap_block *find_block(mig_heap_block *b, size_t n, const void *p) {
  for (size_t i = 0; i < n; i++)
    if (b[i].addr == (uintptr_t)p) return &b[i];
  return NULL;
}

static void alignment(void) {
  int misaligned = 0;
  for (size_t n = 1; n <= 4096; n += 7) {
    void *p = __mig_malloc(n, T);
    if ((uintptr_t)p % alignof(max_align_t)) misaligned++;
    __mig_free(p);
  }
  CHECK(misaligned == 0);
  void *a = __mig_aligned_alloc(64, 100, T), *b = NULL;
  CHECK(a && (uintptr_t)a % 64 == 0);
  CHECK(__mig_posix_memalign(&b, 4096, 10, T) == 0 && (uintptr_t)b % 4096 == 0);
  void *c = NULL;
  CHECK(__mig_posix_memalign(&c, 24, 10, T) == EINVAL && c == NULL); /* not a power of two */
  CHECK(__mig_aligned_alloc(48, 10, T) == NULL && errno == EINVAL);
  size_t n;
  mig_heap_block *s = mig_heap_snapshot(&n);
  const mig_heap_block *ba = find_block(s, n, a);
  CHECK(ba && ba->size == 100 && ba->align == 64 && strcmp(mig_heap_block_name(ba), "align:64") == 0);
  free(s);
  __mig_free(a);
}

static void reuse(void) {
  void *p = __mig_malloc(40, T);
  memset(p, 0xAB, 40);
  __mig_free(p);
  void *q = __mig_malloc(40, T);
  CHECK(q == p); /* the owner's free list is LIFO */
  __mig_free(q);
  unsigned char *z = __mig_calloc(1, 40, T);
  CHECK(z == p);
  int dirty = 0;
  for (int i = 0; i < 40; i++) dirty |= z[i];
  CHECK(dirty == 0);
  __mig_free(z);
  /* A large block: freed to libc, its slot reused. */
  void *big = __mig_malloc(100000, T);
  CHECK(big != NULL);
  __mig_free(big);
}

static void realloc_keeps_bytes(void) {
  char *p = __mig_malloc(100, T);
  for (int i = 0; i < 100; i++) p[i] = (char)i;
  p = __mig_realloc(p, 5000, T); /* small -> large */
  int bad = 0;
  for (int i = 0; i < 100; i++) bad |= p[i] != (char)i;
  p = __mig_realloc(p, 50, T); /* large -> small */
  for (int i = 0; i < 50; i++) bad |= p[i] != (char)i;
  CHECK(bad == 0);
  size_t n;
  mig_heap_block *s = mig_heap_snapshot(&n);
  const mig_heap_block *b = find_block(s, n, p);
  CHECK(b && b->size == 50 && b->type == T && b->align == 0 && !*mig_heap_block_name(b));
  free(s);
  __mig_free(p);
  CHECK(__mig_realloc(NULL, 10, T) != NULL); /* realloc(NULL) is malloc (left live) */
}

static void snapshot_lists_live_blocks_only(void) {
  void *live = __mig_malloc(24, T), *dead = __mig_malloc(24, T), *big = __mig_malloc(3000, T);
  __mig_free(dead);
  size_t n;
  mig_heap_block *s = mig_heap_snapshot(&n);
  const mig_heap_block *b = find_block(s, n, live);
  CHECK(b && b->size == 24 && b->type == T);
  CHECK(find_block(s, n, dead) == NULL);
  b = find_block(s, n, big);
  CHECK(b && b->size == 3000);
  free(s);
  CHECK(mig_heap_owns((uintptr_t)live));
  __mig_free(live);
  __mig_free(big);
}

static void *free_it(void *p) {
  __mig_free(p);
  return NULL;
}

static void remote_free(void) {
  void *p = __mig_malloc(72, T);
  pthread_t t;
  CHECK(pthread_create(&t, NULL, free_it, p) == 0);
  pthread_join(t, NULL);
  size_t n;
  mig_heap_block *s = mig_heap_snapshot(&n);
  CHECK(find_block(s, n, p) == NULL);
  free(s);
  /* The owner gets the block back once its page's free list runs out. */
  int back = 0;
  void *held[4096];
  for (int i = 0; i < 4096 && !back; i++) back = (held[i] = __mig_malloc(72, T)) == p;
  CHECK(back);
}

static void foreign_pointers(void) {
  char *p = malloc(32); /* libc's, e.g. a strdup or getline buffer */
  CHECK(!mig_heap_owns((uintptr_t)p));
  __mig_free(p); /* goes to free(), no crash */
  char *q = __mig_realloc(malloc(8), 16, T);
  CHECK(q != NULL);
  __mig_free(q);
}

int main(void) {
  alignment();
  reuse();
  realloc_keeps_bytes();
  snapshot_lists_live_blocks_only();
  remote_free();
  foreign_pointers();
  return unit_done("unit_heap");
}
