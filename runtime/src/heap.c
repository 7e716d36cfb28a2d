/*===- heap.c - Heap block registry and allocation wrappers ---------------===*
 * The wrappers of the rewritten allocation calls allocate every block so
 * that the runtime can enumerate the live ones (type, size) at a checkpoint
 * and nothing on the allocation path hashes, searches or takes an atomic
 * read-modify-write in the common case. Two kinds of blocks:
 *
 * Small blocks (< 1024 bytes, malloc's alignment; a slot has at least one
 * byte more than its block, see small_alloc) come from our own size-
 * class allocator: 4 MiB segments mmap'ed on demand, cut into 64 KiB pages;
 * a page holds blocks of one size class for one *thread heap* and starts
 * with its metadata and two side arrays, the element type and the requested
 * size of each block (type NULL: free), so blocks stay as densely packed as
 * glibc's and a page's live blocks are read off its side arrays. The owner
 * thread allocates from a page's free list (or bumps) and frees onto it with
 * plain loads and stores; another thread's free clears the type and pushes
 * the block on the page's `remote` list with a CAS, which the owner takes
 * back when it runs out. A radix bitmap of our segments says whether a
 * pointer is ours without reading memory that may not be mapped.
 *
 * Large or over-aligned blocks come from libc with a 16-byte header just
 * before the user's bytes:
 *
 *     base                          p - 16        p - 8        p
 *     | alignment padding (aligned) | word: heap,  | check      | user bytes
 *                                   |  align, slot |            |
 *
 *   word   = heap id (16 bits) | alignment code (8 bits) | slot index (40)
 *   check  = hash(p) ^ word
 *
 * and a 24-byte *slot* (address, size, type) in a dense array of the
 * allocating thread heap, under a per-heap lock (uncontended unless another
 * thread frees one of them; these blocks are few and big, the lock is
 * noise next to libc's work). Free takes the header to the slot and chains
 * it as free; a snapshot copies the live slots.
 *
 * Pointers that did not come from the wrappers (a libc strdup or getline
 * buffer freed through the rewritten free) are not in a segment of ours and
 * their header does not check out: `check` must equal hash(p) ^ word AND
 * the slot named by `word` must hold p. Only the 16 bytes just before p are
 * read before that test, and they are always readable for a malloc'ed
 * pointer (glibc's chunk header). Such pointers go to plain free/realloc.
 *
 * Blocks aligned beyond 16 bytes (aligned_alloc, posix_memalign) are
 * allocated with `align` bytes in front, so p is aligned and the header sits
 * in the padding; the alignment code gives base = p - align back. The
 * alignment is saved with the block (as the object's name, "align:N") so a
 * restored block is aligned the same way.
 *
 * Thread heaps outlive their threads: a heap whose thread exited is adopted
 * by the next new thread. Pages are never returned to the system nor moved
 * to another size class. mig_heap_snapshot() must run with the other
 * threads stopped outside the allocator (a checkpoint stops them); it only
 * reads, and never reads unmapped memory.
 *===----------------------------------------------------------------------===*/
#include "heap.h"
#include "types.h"
#include "util.h"
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define HDR 16u                      /* header bytes; keeps malloc's 16-byte alignment */
#define MAX_HEAPS (1u << 16)         /* heap id: 16 bits */
#define SLOT_BITS 40
#define SLOT_MASK ((1ull << SLOT_BITS) - 1)
#define SIZE_LIMIT (1ull << 56)      /* slot.size keeps the alignment code on top */
#define FREE_END SLOT_MASK           /* end of a heap's free-slot chain */

#define SMALL_MAX 1024u
#define NCLASS 20
#define PAGE_SHIFT 16u
#define PAGE_BYTES (1u << PAGE_SHIFT)
#define SEG_SHIFT 22u
#define SEG_BYTES (1u << SEG_SHIFT)
#define TOP_SHIFT 34u                /* radix: bits 47..34, then 33..22 */
static const uint16_t class_size[NCLASS] = {16,  32,  48,  64,  80,  96,  112,
                                            128, 160, 192, 224, 256, 320, 384,
                                            448, 512, 640, 768, 896, 1024};
static uint8_t class_of[SMALL_MAX / 16 + 1]; /* by (n + 16) / 16: see small_alloc */

typedef struct slot {
  uintptr_t addr;         /* user pointer; 0: free slot */
  uint64_t size;          /* bytes | alignment code << 56; free: next free slot */
  const __mig_type *type;
} slot;

struct theap;
typedef struct page {
  struct theap *owner;
  struct page *next_all;    /* every page of (owner, class)            */
  struct page *next_avail;  /* owner's stack of pages with room        */
  void *free;               /* owner's free blocks (link in the block) */
  void *remote;             /* other threads' frees (atomic)           */
  const __mig_type **types; /* per block; NULL: free                   */
  uint16_t *sizes;          /* per block: requested bytes              */
  char *blocks;
  uint32_t bsize, recip;    /* recip: index = offset * recip >> 32     */
  uint32_t cap, bump;       /* blocks in the page, handed out so far   */
  uint32_t cls, in_avail;
} page;

typedef struct theap {
  page *avail[NCLASS];
  page *all[NCLASS];
  unsigned remote_pending[NCLASS]; /* atomic: a page got a remote free */
  /* large blocks */
  volatile int lock;
  uint32_t id;
  slot *slots;
  uint64_t nslots, cap;   /* slots in use or chained as free, allocated */
  uint64_t free_head;     /* FREE_END: none */
  struct theap *next_orphan;
} theap;

static theap *heaps[MAX_HEAPS];
static uint32_t nheaps;
static theap *orphans;
static pthread_mutex_t heaps_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t exit_key;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static __thread theap *my_heap __attribute__((tls_model("initial-exec")));

/* Segments: seg_top[a >> 34] is a bitmap of the 4 MiB segments below. */
/* Bitmap words are unsigned long: lock-free atomics on 32-bit targets too. */
typedef unsigned long seg_word;
#define WORD_BITS (8u * (unsigned)sizeof(seg_word))
static seg_word *seg_top[1u << (48 - TOP_SHIFT)];
static char *seg_next, *seg_end; /* pages not handed out yet (heaps_mu) */

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}
static inline void heap_lock(theap *h) {
  while (__builtin_expect(__atomic_exchange_n(&h->lock, 1, __ATOMIC_ACQUIRE), 0))
    while (__atomic_load_n(&h->lock, __ATOMIC_RELAXED)) cpu_relax();
}
static inline void heap_unlock(theap *h) { __atomic_store_n(&h->lock, 0, __ATOMIC_RELEASE); }

static void thread_exit(void *v) {
  theap *h = v;
  my_heap = NULL; /* a later allocation in this thread takes a heap again */
  pthread_mutex_lock(&heaps_mu);
  h->next_orphan = orphans;
  orphans = h;
  pthread_mutex_unlock(&heaps_mu);
}
static void init_once_fn(void) {
  pthread_key_create(&exit_key, thread_exit);
  for (unsigned n = 0, c = 0; n <= SMALL_MAX / 16; n++) {
    while (class_size[c] < n * 16) c++;
    class_of[n] = (uint8_t)c;
  }
}

static __attribute__((noinline)) theap *new_heap(void) {
  pthread_once(&init_once, init_once_fn);
  pthread_mutex_lock(&heaps_mu);
  theap *h = orphans;
  if (h) {
    orphans = h->next_orphan;
  } else {
    if (nheaps == MAX_HEAPS) mig_fatal("more than %u threads allocate at once", MAX_HEAPS);
    h = calloc(1, sizeof *h);
    if (!h) mig_fatal("out of memory for the heap registry");
    h->id = nheaps;
    h->free_head = FREE_END;
    __atomic_store_n(&heaps[nheaps], h, __ATOMIC_RELEASE);
    __atomic_store_n(&nheaps, nheaps + 1, __ATOMIC_RELEASE);
  }
  pthread_mutex_unlock(&heaps_mu);
  pthread_setspecific(exit_key, h);
  my_heap = h;
  return h;
}

static inline theap *this_heap(void) {
  theap *h = my_heap;
  return __builtin_expect(h != NULL, 1) ? h : new_heap();
}

/*--- Small blocks -------------------------------------------------------------*/
/* The page holding p when p is in one of our segments, else NULL. */
static inline page *small_page(const void *ptr) {
  uint64_t a = (uintptr_t)ptr; /* 64 bits: the radix shifts are >= 32 */
  if (a >> 48) return NULL;
  const seg_word *leaf = __atomic_load_n(&seg_top[a >> TOP_SHIFT], __ATOMIC_ACQUIRE);
  if (!leaf) return NULL;
  unsigned s = (unsigned)(a >> SEG_SHIFT) & ((1u << (TOP_SHIFT - SEG_SHIFT)) - 1);
  if (!(__atomic_load_n(&leaf[s / WORD_BITS], __ATOMIC_ACQUIRE) >> (s % WORD_BITS) & 1)) return NULL;
  return (page *)(uintptr_t)(a & ~(uint64_t)(PAGE_BYTES - 1));
}

int mig_heap_owns(uintptr_t a) { return small_page((const void *)a) != NULL; }

/* A fresh 64 KiB page (heaps_mu held); NULL when the system has none. */
static char *take_page(void) {
  if (seg_next == seg_end) {
    size_t len = 2 * (size_t)SEG_BYTES;
    char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return NULL;
    uintptr_t a = ((uintptr_t)m + SEG_BYTES - 1) & ~(uintptr_t)(SEG_BYTES - 1);
    if ((uint64_t)a + SEG_BYTES > ((uint64_t)1 << 48)) { /* beyond the radix: not usable */
      munmap(m, len);
      return NULL;
    }
    if (a > (uintptr_t)m) munmap(m, a - (uintptr_t)m);
    if ((char *)a + SEG_BYTES < m + len) munmap((char *)a + SEG_BYTES, m + len - ((char *)a + SEG_BYTES));
    seg_word **top = &seg_top[(uint64_t)a >> TOP_SHIFT];
    if (!*top) {
      seg_word *leaf = calloc((1u << (TOP_SHIFT - SEG_SHIFT)) / WORD_BITS, sizeof *leaf);
      if (!leaf) return NULL;
      __atomic_store_n(top, leaf, __ATOMIC_RELEASE);
    }
    unsigned s = (unsigned)(a >> SEG_SHIFT) & ((1u << (TOP_SHIFT - SEG_SHIFT)) - 1);
    __atomic_fetch_or(&(*top)[s / WORD_BITS], (seg_word)1 << (s % WORD_BITS), __ATOMIC_RELEASE);
    seg_next = (char *)a;
    seg_end = seg_next + SEG_BYTES;
  }
  char *p = seg_next;
  seg_next += PAGE_BYTES;
  return p;
}

/* How many blocks a page of class c holds, and where they start. */
static uint32_t page_cap(unsigned c) {
  size_t meta = (sizeof(page) + 15) & ~(size_t)15;
  return (uint32_t)((PAGE_BYTES - meta - 16) /
                    (class_size[c] + sizeof(void *) + sizeof(uint16_t)));
}
static size_t page_blocks_offset(unsigned c) {
  size_t meta = (sizeof(page) + 15) & ~(size_t)15;
  uint32_t cap = page_cap(c);
  return (meta + cap * sizeof(void *) + cap * sizeof(uint16_t) + 15) & ~(size_t)15;
}

static page *new_page(theap *h, unsigned c) {
  pthread_mutex_lock(&heaps_mu);
  page *pg = (page *)take_page();
  pthread_mutex_unlock(&heaps_mu);
  if (!pg) return NULL;
  uint32_t bs = class_size[c];
  size_t meta = (sizeof(page) + 15) & ~(size_t)15;
  uint32_t cap = page_cap(c);
  pg->owner = h;
  pg->types = (const __mig_type **)((char *)pg + meta);
  pg->sizes = (uint16_t *)(pg->types + cap);
  pg->blocks = (char *)pg + page_blocks_offset(c);
  pg->bsize = bs;
  pg->recip = 0xffffffffu / bs + 1;
  pg->cap = cap;
  pg->cls = c;
  pg->in_avail = 1;
  pg->next_avail = h->avail[c];
  h->avail[c] = pg;
  pg->next_all = h->all[c];
  __atomic_store_n(&h->all[c], pg, __ATOMIC_RELEASE); /* a snapshot may follow it */
  return pg;
}

static inline uint32_t index_of(const page *pg, const void *b) {
  return (uint32_t)((uint64_t)(uint32_t)((const char *)b - pg->blocks) * pg->recip >> 32);
}

/* Take the other threads' frees back into the owner's free list. */
static void collect_remote(page *pg) {
  void *b = __atomic_exchange_n(&pg->remote, NULL, __ATOMIC_ACQUIRE);
  while (b) {
    void *next = *(void **)b;
    *(void **)b = pg->free;
    pg->free = b;
    b = next;
  }
}

/* A free block of class c for h, or NULL (no memory for a new page). */
static __attribute__((noinline)) void *small_slow(theap *h, unsigned c, page **out) {
  for (;;) {
    page *pg = h->avail[c];
    if (!pg) {
      if (__atomic_exchange_n(&h->remote_pending[c], 0, __ATOMIC_ACQUIRE)) {
        for (page *q = h->all[c]; q; q = q->next_all)
          if (!q->in_avail && __atomic_load_n(&q->remote, __ATOMIC_RELAXED)) {
            q->in_avail = 1;
            q->next_avail = h->avail[c];
            h->avail[c] = q;
          }
        if (h->avail[c]) continue;
      }
      pg = new_page(h, c);
      if (!pg) return NULL;
    }
    if (!pg->free) collect_remote(pg);
    void *b = pg->free;
    if (b) {
      pg->free = *(void **)b;
    } else if (pg->bump < pg->cap) {
      b = pg->blocks + (size_t)pg->bump++ * pg->bsize;
    } else { /* full: off the stack until a free puts it back */
      pg->in_avail = 0;
      h->avail[c] = pg->next_avail;
      continue;
    }
    *out = pg;
    return b;
  }
}

/* A block of n bytes gets a slot of at least n + 1: a pointer one past its
 * end (`t->lastfree = t->node + size`, a loop's end pointer) must not be
 * the address of the next slot's block, or a checkpoint could not tell the
 * two apart and would re-base it onto the wrong block (restore.c). */
static inline void *small_alloc(theap *h, size_t n, const __mig_type *t) {
  unsigned c = class_of[(n + 16) >> 4];
  page *pg = h->avail[c];
  void *b;
  if (__builtin_expect(pg && pg->free != NULL, 1)) {
    b = pg->free;
    pg->free = *(void **)b;
  } else if (pg && pg->bump < pg->cap) {
    b = pg->blocks + (size_t)pg->bump++ * pg->bsize;
  } else {
    b = small_slow(h, c, &pg);
    if (!b) return NULL;
  }
  uint32_t i = index_of(pg, b);
  pg->types[i] = t;
  pg->sizes[i] = (uint16_t)n;
  return b;
}

/* Index of live block p in pg; stops the program on a pointer that is not
 * the start of a live block (free of an interior pointer, double free):
 * going on would corrupt the allocator. */
static inline uint32_t small_index(const page *pg, const void *p) {
  uint32_t i = index_of(pg, p);
  if (__builtin_expect((const char *)p != pg->blocks + (size_t)i * pg->bsize || i >= pg->bump ||
                           !pg->types[i], 0))
    mig_fatal("free or realloc of %p, which is not a live heap block", p);
  return i;
}

static inline void small_free(page *pg, void *p) {
  uint32_t i = small_index(pg, p);
  theap *h = my_heap;
  if (__builtin_expect(pg->owner == h, 1)) {
    pg->types[i] = NULL;
    *(void **)p = pg->free;
    pg->free = p;
    if (__builtin_expect(!pg->in_avail, 0)) {
      pg->in_avail = 1;
      pg->next_avail = h->avail[pg->cls];
      h->avail[pg->cls] = pg;
    }
    return;
  }
  /* Another thread's page: the owner takes it back from `remote`. */
  __atomic_store_n(&pg->types[i], NULL, __ATOMIC_RELAXED);
  void *head = __atomic_load_n(&pg->remote, __ATOMIC_RELAXED);
  do *(void **)p = head;
  while (!__atomic_compare_exchange_n(&pg->remote, &head, p, 1, __ATOMIC_RELEASE,
                                      __ATOMIC_RELAXED));
  __atomic_store_n(&pg->owner->remote_pending[pg->cls], 1, __ATOMIC_RELEASE);
}

/*--- Large and aligned blocks -------------------------------------------------*/
static inline uint64_t check_of(uintptr_t p, uint64_t word) {
  return (uint64_t)p * 0x9e3779b97f4a7c15ull ^ 0x6d69676865617021ull ^ word;
}

/* Alignment code: 0 for the default 16 bytes, else log2(align) >= 5;
 * PLACED_256 and PLACED_4096: a restored block placed at its sender
 * address modulo 256 or 4096 (mig_heap_place), its libc block starting at
 * the multiple of that modulus just below the header. */
#define PLACED_256 1u
#define PLACED_4096 2u
static inline size_t placed_modulus(unsigned code) { return code == PLACED_256 ? 256 : 4096; }
static inline int is_placed(unsigned code) { return code == PLACED_256 || code == PLACED_4096; }
static inline size_t offset_of_code(unsigned code) { return code ? (size_t)1 << code : HDR; }
/* The alignment a block keeps when it moves: 0 (malloc's) or 2^code. */
static inline size_t align_of_code(unsigned code) {
  return is_placed(code) || !code ? 0 : (size_t)1 << code;
}
static inline void *libc_base(void *p, unsigned code) {
  if (is_placed(code)) return (void *)(((uintptr_t)p - HDR) & ~(uintptr_t)(placed_modulus(code) - 1));
  return (char *)p - offset_of_code(code);
}

static __attribute__((noinline)) void grow(theap *l) {
  uint64_t cap = l->cap ? l->cap * 2 : 256;
  slot *s = realloc(l->slots, cap * sizeof *s);
  if (!s || cap > SLOT_MASK) mig_fatal("out of memory growing the heap registry");
  l->slots = s;
  l->cap = cap;
}

/* The range of the user addresses large blocks ever had: __mig_heap_type
 * reads the 16 bytes before a pointer only inside it (see there). Racy
 * updates only lose a retype, never make a read unsafe: a pointer outside
 * the range is never a large block's. */
static uintptr_t large_lo = UINTPTR_MAX, large_hi;
static inline void note_large(uintptr_t p) {
  uintptr_t lo = __atomic_load_n(&large_lo, __ATOMIC_RELAXED);
  while (p < lo &&
         !__atomic_compare_exchange_n(&large_lo, &lo, p, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
  }
  uintptr_t hi = __atomic_load_n(&large_hi, __ATOMIC_RELAXED);
  while (p >= hi &&
         !__atomic_compare_exchange_n(&large_hi, &hi, p + 1, 1, __ATOMIC_RELAXED,
                                      __ATOMIC_RELAXED)) {
  }
}

/* Header and slot for a fresh block at base (alignment code `code`). */
static void *enter_at(uintptr_t p, unsigned code, size_t n, const __mig_type *t) {
  theap *l = this_heap();
  heap_lock(l);
  uint64_t i = l->free_head;
  if (i != FREE_END) {
    l->free_head = l->slots[i].size;
  } else {
    if (__builtin_expect(l->nslots == l->cap, 0)) grow(l);
    i = l->nslots++;
  }
  l->slots[i] = (slot){p, n | (uint64_t)code << 56, t};
  heap_unlock(l);
  note_large(p);
  uint64_t word = (uint64_t)l->id << 48 | (uint64_t)code << SLOT_BITS | i;
  ((uint64_t *)p)[-2] = word;
  ((uint64_t *)p)[-1] = check_of(p, word);
  return (void *)p;
}

static void *enter(void *base, unsigned code, size_t n, const __mig_type *t) {
  return enter_at((uintptr_t)base + offset_of_code(code), code, n, t);
}

/* The heap holding large block p's slot, locked, with the slot index and
 * alignment code; NULL (nothing locked) when p is not a block of ours. */
static theap *lookup(void *ptr, uint64_t *idx, unsigned *code) {
  uintptr_t p = (uintptr_t)ptr;
  if (p & (HDR - 1)) return NULL; /* ours are always 16-aligned */
  uint64_t word = ((const uint64_t *)p)[-2];
  if (((const uint64_t *)p)[-1] != check_of(p, word)) return NULL;
  uint32_t id = (uint32_t)(word >> 48);
  theap *l = __atomic_load_n(&heaps[id], __ATOMIC_ACQUIRE);
  if (!l) return NULL;
  uint64_t i = word & SLOT_MASK;
  heap_lock(l);
  if (i >= l->nslots || l->slots[i].addr != p) {
    heap_unlock(l);
    return NULL;
  }
  *idx = i;
  *code = (unsigned)(word >> SLOT_BITS) & 0xff;
  return l;
}

static inline void release_slot(theap *l, uint64_t i) {
  l->slots[i] = (slot){0, l->free_head, NULL};
  l->free_head = i;
}

/* A copy of the `len` bytes at libc block `base` in a 16-aligned libc block
 * (base freed), or NULL (base freed too: out of memory). Where malloc aligns to 8 only (armhf's
 * glibc), a large block's header would not be 16-aligned: lookup() would
 * then not recognise the block and hand it to libc's free with an offset
 * pointer ("free(): invalid pointer"), depending on where malloc put it. */
static __attribute__((noinline)) void *realign(void *base, size_t len) {
  void *q = aligned_alloc(HDR, (len + HDR - 1) & ~(size_t)(HDR - 1));
  if (!q) {
    free(base);
    return NULL;
  }
  memcpy(q, base, len);
  free(base);
  return q;
}

/* This thread's latest untyped block (see __mig_heap_type). */
static __thread uintptr_t last_untyped __attribute__((tls_model("initial-exec")));

static void *alloc_any(size_t n, size_t align, int zero, const __mig_type *t);
/* Allocate n bytes aligned to `align` (a power of two; <= 16: malloc's). */
static void *alloc(size_t n, size_t align, int zero, const __mig_type *t) {
  void *p = alloc_any(n, align, zero, t);
  if (!t || t == &__mig_type_bytes) last_untyped = (uintptr_t)p;
  return p;
}

static void *alloc_any(size_t n, size_t align, int zero, const __mig_type *t) {
  if (!t) { /* untyped: zeroed, see zero_untyped_tail */
    t = &__mig_type_bytes;
    zero = 1;
  }
  if (n < SMALL_MAX && align <= HDR) { /* one byte of slack: small_alloc */
    void *b = small_alloc(this_heap(), n, t);
    if (__builtin_expect(b != NULL, 1)) {
      if (zero) memset(b, 0, n);
      return b;
    }
  }
  unsigned code = 0;
  size_t off = HDR;
  if (align > HDR) {
    code = (unsigned)__builtin_ctzll(align);
    off = align;
  }
  if (n >= SIZE_LIMIT || n > SIZE_MAX - off) {
    errno = ENOMEM;
    return NULL;
  }
  /* aligned_alloc wants a size that is a multiple of the alignment (C11;
   * ASan's enforces it): round up, the slack is never used. */
  void *base = code ? aligned_alloc(align, (n + off + align - 1) & ~(align - 1))
               : zero ? calloc(1, n + off)
                      : malloc(n + off);
  if (!base) return NULL;
  if (!code && ((uintptr_t)base & (HDR - 1))) base = realign(base, n + off);
  if (!base) return NULL;
  if (code && zero) memset((char *)base + off, 0, n);
  return enter(base, code, n, t);
}

static void release(void *p, unsigned code) { free(libc_base(p, code)); }

/*--- Runtime side -----------------------------------------------------------*/
static int cmp_page(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)*(page *const *)a, y = (uintptr_t)*(page *const *)b;
  return x < y ? -1 : x > y;
}

mig_heap_block *mig_heap_snapshot(size_t *n) {
  pthread_mutex_lock(&heaps_mu);
  size_t total = 0, k = 0;
  for (uint32_t j = 0; j < nheaps; j++) {
    theap *h = heaps[j];
    total += h->nslots;
    for (unsigned c = 0; c < NCLASS; c++)
      for (page *pg = __atomic_load_n(&h->all[c], __ATOMIC_ACQUIRE); pg; pg = pg->next_all)
        total += pg->bump;
  }
  mig_heap_block *out = mig_xmalloc((total + 1) * sizeof *out);
  /* Small blocks in address order (pages sorted, blocks ascend in a page):
   * the writer's and the restore's sorted maps of objects then merge a few
   * runs instead of sorting millions of blocks (objmap.c). */
  size_t npages = 0, cap = 64;
  page **pages = mig_xmalloc(cap * sizeof *pages);
  for (uint32_t j = 0; j < nheaps; j++)
    for (unsigned c = 0; c < NCLASS; c++)
      for (page *pg = __atomic_load_n(&heaps[j]->all[c], __ATOMIC_ACQUIRE); pg; pg = pg->next_all) {
        if (npages == cap) pages = mig_xrealloc(pages, (cap *= 2) * sizeof *pages);
        pages[npages++] = pg;
      }
  qsort(pages, npages, sizeof *pages, cmp_page);
  for (size_t p = 0; p < npages; p++) {
    const page *pg = pages[p];
    for (uint32_t i = 0; i < pg->bump && k < total; i++) {
      const __mig_type *t = __atomic_load_n(&pg->types[i], __ATOMIC_RELAXED);
      if (t)
        out[k++] = (mig_heap_block){(uintptr_t)(pg->blocks + (size_t)i * pg->bsize),
                                    pg->sizes[i], t, 0};
    }
  }
  free(pages);
  for (uint32_t j = 0; j < nheaps; j++) {
    theap *h = heaps[j];
    heap_lock(h);
    for (uint64_t i = 0; i < h->nslots && k < total; i++) {
      const slot *s = &h->slots[i];
      if (!s->addr) continue;
      unsigned code = (unsigned)(s->size >> 56);
      out[k++] = (mig_heap_block){s->addr, s->size & (SIZE_LIMIT - 1), s->type,
                                  align_of_code(code)};
    }
    heap_unlock(h);
  }
  pthread_mutex_unlock(&heaps_mu);
  *n = k;
  return out;
}

/* "align:N" names the alignment of a block aligned beyond malloc's. The
 * strings are static: the writer keeps the pointer. */
const char *mig_heap_block_name(const mig_heap_block *b) {
  static char names[64][24];
  if (!b->align) return "";
  unsigned code = (unsigned)__builtin_ctzll(b->align) & 63;
  if (!names[code][0]) snprintf(names[code], sizeof names[code], "align:%zu", b->align);
  return names[code];
}

void *mig_heap_alloc(size_t size, const __mig_type *type, const char *name) {
  size_t align = 0;
  if (name && strncmp(name, "align:", 6) == 0) {
    char *end;
    unsigned long long a = strtoull(name + 6, &end, 10);
    if (*end || a < 32 || (a & (a - 1)) || a > ((size_t)1 << 30))
      mig_fatal("heap block with a bad alignment \"%s\" in the checkpoint", name);
    align = (size_t)a;
  }
  void *p = alloc(size, align, 0, type);
  if (!p) mig_fatal("out of memory restoring a heap block of %zu bytes", size);
  return p;
}

/*--- Restore placement ------------------------------------------------------
 * A restored block keeps its sender address modulo 64 KiB (small blocks:
 * same offset in a page of its own, one receiver page per sender page) or
 * modulo 256 (large blocks; 4096 from 64 KiB on), so every pointer into it
 * is translated by a multiple of that: a word of untyped memory the
 * conservative scan takes for a pointer but the program reads only in part
 * keeps its low bytes. Lua's closed upvalue keeps its one-byte type tag in
 * the low byte of the open upvalue's stale `previous` pointer (the other 7
 * bytes are padding): translated by an arbitrary delta, the tag changed.
 * Where the offset is not a block position here (another ABI's page
 * layout, blocks out of order) the block is placed as before. */
typedef struct placed_page {
  uint64_t sender; /* sender page address + 1; 0: empty entry */
  page *pg;
} placed_page;
static placed_page *placed;    /* open addressing, restore-time only */
static size_t placed_cap, placed_n;

static placed_page *placed_entry(uint64_t sender_page) {
  if (placed_n * 2 >= placed_cap) { /* grow and rehash */
    size_t cap = placed_cap ? placed_cap * 2 : 256;
    placed_page *t = calloc(cap, sizeof *t);
    if (!t) return NULL;
    for (size_t i = 0; i < placed_cap; i++)
      if (placed[i].sender) {
        size_t j = (size_t)(placed[i].sender >> PAGE_SHIFT) & (cap - 1);
        while (t[j].sender) j = (j + 1) & (cap - 1);
        t[j] = placed[i];
      }
    free(placed);
    placed = t;
    placed_cap = cap;
  }
  size_t j = (size_t)(sender_page >> PAGE_SHIFT) & (placed_cap - 1);
  while (placed[j].sender && placed[j].sender != sender_page + 1) j = (j + 1) & (placed_cap - 1);
  return &placed[j];
}

/* Chain blocks [from, to) of pg, never handed out, into its free list. */
static void free_holes(page *pg, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; k++) {
    void *b = pg->blocks + (size_t)k * pg->bsize;
    *(void **)b = pg->free;
    pg->free = b;
  }
}

static void *place_small(size_t n, const __mig_type *t, uint64_t sender) {
  unsigned c = class_of[(n + 16) >> 4];
  uint64_t off = sender & (PAGE_BYTES - 1), boff = page_blocks_offset(c);
  if (off < boff || (off - boff) % class_size[c]) return NULL;
  uint64_t i = (off - boff) / class_size[c];
  if (i >= page_cap(c)) return NULL;
  placed_page *e = placed_entry(sender - off);
  if (!e) return NULL;
  if (!e->sender) {
    page *pg = new_page(this_heap(), c);
    if (!pg) return NULL;
    *e = (placed_page){sender - off + 1, pg};
    placed_n++;
  }
  page *pg = e->pg;
  if (pg->cls != c || i < pg->bump) return NULL; /* another class here; out of order */
  free_holes(pg, pg->bump, (uint32_t)i);
  pg->bump = (uint32_t)i + 1;
  pg->types[i] = t;
  pg->sizes[i] = (uint16_t)n;
  return pg->blocks + i * pg->bsize;
}

static void *place_large(size_t n, const __mig_type *t, uint64_t sender) {
  unsigned code = n >= ((size_t)64 << 10) ? PLACED_4096 : PLACED_256;
  size_t m = placed_modulus(code), want = (size_t)(sender & (m - 1)) & ~(size_t)(HDR - 1);
  if (n > SIZE_MAX - 2 * m) return NULL;
  char *base = aligned_alloc(m, (n + 2 * m) & ~(m - 1));
  if (!base) return NULL;
  uintptr_t p = (uintptr_t)base + (want >= HDR ? want : m + want);
  return enter_at(p, code, n, t);
}

void *mig_heap_place(size_t size, const __mig_type *type, const char *name, uint64_t sender) {
  if (!name || !*name) {
    void *p = size < SMALL_MAX ? place_small(size, type, sender) : place_large(size, type, sender);
    if (p) return p;
  }
  return mig_heap_alloc(size, type, name);
}

/*--- Wrappers (abi.h) -----------------------------------------------------*/
void *__mig_malloc(__mig_size_t n, const __mig_type *elem) { return alloc(n, 0, 0, elem); }

void *__mig_calloc(__mig_size_t c, __mig_size_t s, const __mig_type *elem) {
  size_t n;
  if (__builtin_mul_overflow(c, s, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  return alloc(n, 0, 1, elem);
}

void __mig_free(void *p) {
  if (!p) return;
  page *pg = small_page(p);
  if (__builtin_expect(pg != NULL, 1)) {
    small_free(pg, p);
    return;
  }
  uint64_t i;
  unsigned code;
  theap *l = lookup(p, &i, &code);
  if (!l) { /* not ours: libc's strdup, getline... */
    free(p);
    return;
  }
  release_slot(l, i);
  heap_unlock(l);
  release(p, code);
}

/* Untyped memory is scanned conservatively on restore (restore.c): a word
 * equal to a saved object's address is translated. Bytes a program never
 * wrote (struct padding, like the 7 bytes after a Lua value's type tag) would
 * otherwise hold a freed block's stale pointers, and a store of one byte into
 * such a word (the tag) leaves a value near a live address: translated, it
 * changes the program's byte. So an untyped block's bytes start zeroed, on
 * allocation and where realloc grows it. */
static void zero_untyped_tail(const __mig_type *t, void *p, size_t oldn, size_t n) {
  if (t == &__mig_type_bytes && n > oldn) memset((char *)p + oldn, 0, n - oldn);
}

/* Move p (old bytes, freed with `release`) to a new block of n bytes. */
static void *move(void *p, size_t oldn, size_t n, size_t align, const __mig_type *t) {
  void *q = alloc(n, align, 0, t);
  if (!q) return NULL;
  memcpy(q, p, oldn < n ? oldn : n);
  zero_untyped_tail(t, q, oldn, n);
  __mig_free(p);
  return q;
}

void *__mig_realloc(void *p, __mig_size_t n, const __mig_type *elem) {
  if (!p) return alloc(n, 0, 0, elem);
  if (n == 0) { /* glibc's realloc(p, 0): free p, return NULL */
    __mig_free(p);
    return NULL;
  }
  page *pg = small_page(p);
  if (pg) {
    uint32_t i = small_index(pg, p);
    const __mig_type *t = elem ? elem : pg->types[i]; /* keep the type */
    if (n < pg->bsize) { /* fits, with small_alloc's slack: stays in place */
      zero_untyped_tail(t, p, pg->sizes[i], n);
      if (t == &__mig_type_bytes) last_untyped = (uintptr_t)p;
      pg->sizes[i] = (uint16_t)n;
      pg->types[i] = t;
      return p;
    }
    return move(p, pg->sizes[i], n, 0, t);
  }
  uint64_t i;
  unsigned code;
  theap *l = lookup(p, &i, &code);
  if (!l) {
    /* A block from libc: its replacement is registered (it may hold data
     * the next checkpoint must save). malloc_usable_size bounds the copy. */
    void *q = alloc(n, 0, 0, elem);
    if (!q) return NULL;
    size_t old = malloc_usable_size(p);
    memcpy(q, p, old < n ? old : n);
    free(p);
    return q;
  }
  const __mig_type *t = elem ? elem : l->slots[i].type;
  size_t oldn = l->slots[i].size & (SIZE_LIMIT - 1);
  heap_unlock(l);
  /* An over-aligned block stays aligned (libc's realloc would not); a
   * large block that becomes small moves to the small allocator. */
  if (code || n < SMALL_MAX) return move(p, oldn, n, align_of_code(code), t);
  if (n >= SIZE_LIMIT || n > SIZE_MAX - HDR) {
    errno = ENOMEM;
    return NULL;
  }
  /* The block keeps its heap and slot; only the slot's address and size
   * change. Between realloc and the update the slot names a freed address,
   * which no one reads: the block is not valid for anyone else meanwhile. */
  char *base = realloc((char *)p - HDR, n + HDR);
  if (!base) return NULL;
  if ((uintptr_t)base & (HDR - 1)) base = realign(base, n + HDR);
  if (!base) { /* out of memory, p is gone: its slot must not name it */
    heap_lock(l);
    release_slot(l, i);
    heap_unlock(l);
    return NULL;
  }
  uintptr_t q = (uintptr_t)base + HDR;
  zero_untyped_tail(t, (void *)q, oldn, n);
  if (t == &__mig_type_bytes) last_untyped = q;
  note_large(q);
  heap_lock(l);
  l->slots[i].addr = q;
  l->slots[i].size = n;
  l->slots[i].type = t;
  heap_unlock(l);
  uint64_t word = ((uint64_t *)q)[-2];
  ((uint64_t *)q)[-1] = check_of(q, word);
  return (void *)q;
}

/*--- Typing a block from its first typed pointer ---------------------------
 * mig-pp wraps the result of a call to the program's own allocator that
 * becomes a `T *` with sizeof(T) in its size (AllocationCalls.cpp): the
 * block that value starts, if it is one of ours and still untyped, gets
 * element type T (an array of T, the bytes past the last whole element
 * stay scanned). Any other value (into a global pool, the middle of a
 * block, a libc buffer, MAP_FAILED) is left alone. A small block is
 * recognised without reading memory; a large one by its header, read only
 * when p is in the large blocks' range and 16 bytes into its page (so the
 * header is on p's page, which the program is about to use through p). */
static void type_small(page *pg, uintptr_t p, const __mig_type *t) {
  uint32_t i = index_of(pg, (const void *)p);
  if (i >= pg->bump || p != (uintptr_t)(pg->blocks + (size_t)i * pg->bsize)) return;
  if (__atomic_load_n(&pg->types[i], __ATOMIC_RELAXED) == &__mig_type_bytes &&
      pg->sizes[i] >= t->size)
    __atomic_store_n(&pg->types[i], t, __ATOMIC_RELAXED);
}

static void type_large(uintptr_t p, const __mig_type *t) {
  if (p < __atomic_load_n(&large_lo, __ATOMIC_RELAXED) ||
      p >= __atomic_load_n(&large_hi, __ATOMIC_RELAXED) || (p & 4095) < HDR)
    return;
  uint64_t i;
  unsigned code;
  theap *l = lookup((void *)p, &i, &code);
  if (!l) return;
  slot *s = &l->slots[i];
  if (s->type == &__mig_type_bytes && (s->size & (SIZE_LIMIT - 1)) >= t->size) s->type = t;
  heap_unlock(l);
}

void *__mig_heap_type(void *p, const __mig_type *elem) {
  /* Only the block this thread allocated last, once: an allocation wrapper
   * returns it at once, while a pool carves its first piece from the start
   * of a block allocated earlier, and typing the whole pool as an array
   * of that piece's type would be wrong. */
  if (!p || (uintptr_t)p != last_untyped || !elem || !elem->size) return p;
  last_untyped = 0;
  page *pg = small_page(p);
  if (pg)
    type_small(pg, (uintptr_t)p, elem);
  else
    type_large((uintptr_t)p, elem);
  return p;
}

static int valid_align(size_t a) { return a && !(a & (a - 1)); }

void *__mig_aligned_alloc(__mig_size_t align, __mig_size_t n, const __mig_type *elem) {
  if (!valid_align(align)) {
    errno = EINVAL;
    return NULL;
  }
  return alloc(n, align, 0, elem);
}

int __mig_posix_memalign(void **out, __mig_size_t align, __mig_size_t n,
                         const __mig_type *elem) {
  if (!valid_align(align) || align % sizeof(void *)) return EINVAL;
  int saved = errno;
  void *p = alloc(n, align, 0, elem);
  int rc = p ? 0 : errno;
  errno = saved; /* posix_memalign reports through its result only */
  if (p) *out = p;
  return rc;
}

char *__mig_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = alloc(n, 0, 0, &__mig_type_bytes);
  return p ? memcpy(p, s, n) : NULL;
}

char *__mig_strndup(const char *s, __mig_size_t n) {
  size_t len = strnlen(s, n);
  char *p = alloc(len + 1, 0, 0, &__mig_type_bytes);
  if (!p) return NULL;
  memcpy(p, s, len);
  p[len] = 0;
  return p;
}

void *__mig_malloc_untyped(__mig_size_t n) { return __mig_malloc(n, NULL); }
void *__mig_calloc_untyped(__mig_size_t c, __mig_size_t s) { return __mig_calloc(c, s, NULL); }
void *__mig_realloc_untyped(void *p, __mig_size_t n) { return __mig_realloc(p, n, NULL); }

/*--- getline/getdelim --------------------------------------------------------
 * libc's getdelim grows *lineptr with libc's realloc, which must never see
 * a block of ours (a user's malloc'ed buffer passed in). The line is read
 * into a per-thread libc buffer and copied into a block of ours, grown with
 * our realloc; a libc buffer passed in is taken over the same way. */
static __thread char *line_buf;
static __thread size_t line_cap;

__PTRDIFF_TYPE__ __mig_getdelim(char **lineptr, __mig_size_t *n, int delim, void *stream) {
  if (!lineptr || !n || !stream) {
    errno = EINVAL;
    return -1;
  }
  ssize_t r = getdelim(&line_buf, &line_cap, delim, (FILE *)stream);
  if (r < 0) return -1;
  size_t need = (size_t)r + 1;
  if (!*lineptr || *n < need) {
    char *q = __mig_realloc(*lineptr, need, NULL);
    if (!q) {
      errno = ENOMEM;
      return -1;
    }
    *lineptr = q;
    *n = need;
  }
  memcpy(*lineptr, line_buf, need);
  return r;
}

__PTRDIFF_TYPE__ __mig_getline(char **lineptr, __mig_size_t *n, void *stream) {
  return __mig_getdelim(lineptr, n, '\n', stream);
}
