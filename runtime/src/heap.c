/*===- heap.c - Heap block registry and allocation wrappers ---------------===*
 * Every block allocated through a rewritten allocation call is recorded
 * (address -> size, element type) in an open-addressing hash table with
 * linear probing and backward-shift deletion: O(1) amortized insert and
 * remove, no tombstones. The checkpoint writer takes a snapshot and sorts it
 * for address lookup. A spinlock keeps the table consistent when several
 * threads allocate; it is uncontended in the common single-thread case.
 *===----------------------------------------------------------------------===*/
#include "internal.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
  uintptr_t addr; /* 0: empty */
  size_t size;
  const __mig_type *type;
} slot;

static slot *table;
static size_t cap, count; /* cap is a power of two */
static volatile int lock;

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}

static void heap_lock(void) {
  while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n(&lock, __ATOMIC_RELAXED)) cpu_relax();
}
static void heap_unlock(void) { __atomic_store_n(&lock, 0, __ATOMIC_RELEASE); }

/* Blocks allocated one after the other are usually neighbours in memory:
 * keeping the low address bits (malloc granularity is 16 bytes) puts them
 * in neighbouring slots, so a run of allocations touches few cache lines.
 * The bits above 4 GiB are mixed in so separate regions (brk heap, mmap
 * arenas) do not pile onto the same slots. */
static inline size_t home(uintptr_t a) {
  uint64_t v = (uint64_t)a;
  return (size_t)((v >> 4) ^ ((v >> 32) * 0x9e3779b97f4a7c15ull >> 24)) & (cap - 1);
}

static void insert_nolock(uintptr_t a, size_t size, const __mig_type *t);

static void grow(void) {
  slot *old = table;
  size_t oldcap = cap;
  cap = cap ? cap * 2 : 1024;
  table = calloc(cap, sizeof *table);
  if (!table) mig_fatal("out of memory growing the heap registry");
  count = 0;
  for (size_t i = 0; i < oldcap; i++)
    if (old[i].addr) insert_nolock(old[i].addr, old[i].size, old[i].type);
  free(old);
}

static void insert_nolock(uintptr_t a, size_t size, const __mig_type *t) {
  if ((count + 1) * 4 > cap * 3 || !cap) grow(); /* load <= 3/4 */
  size_t i = home(a);
  while (table[i].addr && table[i].addr != a) i = (i + 1) & (cap - 1);
  if (!table[i].addr) count++;
  table[i] = (slot){a, size, t};
}

/* Backward-shift deletion keeps every probe sequence unbroken. */
static void remove_nolock(uintptr_t a) {
  if (!cap) return;
  size_t i = home(a);
  while (table[i].addr != a) {
    if (!table[i].addr) return;
    i = (i + 1) & (cap - 1);
  }
  for (size_t j = (i + 1) & (cap - 1); table[j].addr; j = (j + 1) & (cap - 1)) {
    size_t h = home(table[j].addr);
    /* Move j into the hole at i unless its home lies cyclically in (i, j]. */
    if (((j - h) & (cap - 1)) >= ((j - i) & (cap - 1))) {
      table[i] = table[j];
      i = j;
    }
  }
  table[i].addr = 0;
  count--;
}

static void *track(void *p, size_t n, const __mig_type *t) {
  if (p) {
    heap_lock();
    insert_nolock((uintptr_t)p, n, t ? t : &__mig_type_bytes);
    heap_unlock();
  }
  return p;
}

void mig_heap_register(void *p, size_t size, const __mig_type *type) { track(p, size, type); }

mig_heap_block *mig_heap_snapshot(size_t *n) {
  heap_lock();
  mig_heap_block *out = mig_xmalloc((count + 1) * sizeof *out);
  size_t k = 0;
  for (size_t i = 0; i < cap; i++)
    if (table[i].addr) out[k++] = (mig_heap_block){table[i].addr, table[i].size, table[i].type};
  heap_unlock();
  *n = k;
  return out;
}

/*--- Wrappers (abi.h) -----------------------------------------------------*/
void *__mig_malloc(__mig_size_t n, const __mig_type *elem) { return track(malloc(n), n, elem); }

void *__mig_calloc(__mig_size_t c, __mig_size_t s, const __mig_type *elem) {
  return track(calloc(c, s), c * s, elem);
}

void *__mig_realloc(void *p, __mig_size_t n, const __mig_type *elem) {
  const __mig_type *t = elem;
  if (p && !t) { /* keep the block's type when the call does not say */
    heap_lock();
    for (size_t i = cap ? home((uintptr_t)p) : 0; cap && table[i].addr; i = (i + 1) & (cap - 1))
      if (table[i].addr == (uintptr_t)p) {
        t = table[i].type;
        break;
      }
    heap_unlock();
  }
  void *q = realloc(p, n);
  if (q || n == 0) {
    heap_lock();
    if (p) remove_nolock((uintptr_t)p);
    if (q) insert_nolock((uintptr_t)q, n, t ? t : &__mig_type_bytes);
    heap_unlock();
  }
  return q;
}

void *__mig_aligned_alloc(__mig_size_t align, __mig_size_t n, const __mig_type *elem) {
  return track(aligned_alloc(align, n), n, elem);
}

int __mig_posix_memalign(void **out, __mig_size_t align, __mig_size_t n,
                         const __mig_type *elem) {
  int rc = posix_memalign(out, align, n);
  if (rc == 0) track(*out, n, elem);
  return rc;
}

char *__mig_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = track(malloc(n), n, &__mig_type_bytes);
  return p ? memcpy(p, s, n) : NULL;
}

char *__mig_strndup(const char *s, __mig_size_t n) {
  size_t len = strnlen(s, n);
  char *p = track(malloc(len + 1), len + 1, &__mig_type_bytes);
  if (!p) return NULL;
  memcpy(p, s, len);
  p[len] = 0;
  return p;
}

void __mig_free(void *p) {
  if (!p) return;
  heap_lock();
  remove_nolock((uintptr_t)p);
  heap_unlock();
  free(p);
}

void *__mig_malloc_untyped(__mig_size_t n) { return __mig_malloc(n, NULL); }
void *__mig_calloc_untyped(__mig_size_t c, __mig_size_t s) { return __mig_calloc(c, s, NULL); }
void *__mig_realloc_untyped(void *p, __mig_size_t n) { return __mig_realloc(p, n, NULL); }
