/*===- util.c - Allocation helpers, byte buffers, hash maps ---------------===*/
#include "util.h"
#include <mig/format.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void (*mig_fatal_hook)(void);

int mig_runtime_exiting;

_Noreturn void mig_fatal(const char *fmt, ...) {
  va_list ap;
  if (mig_fatal_hook) { /* e.g. a restore that must verify its input first */
    void (*hook)(void) = mig_fatal_hook;
    mig_fatal_hook = NULL;
    hook();
  }
  fflush(stdout);
  fputs("mig: error: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  mig_runtime_exiting = 1;
  exit(MIG_EXIT_ERROR);
}

/* The runtime's large tables (a checkpoint's objects, its metadata, the
 * restore's maps: tens of bytes per object, hundreds of MiB for millions of
 * objects) are touched once, front to back, right after they are allocated.
 * In 4 KiB pages that is a page fault per 4 KiB, which on a virtual machine
 * costs more than filling the page; transparent huge pages (when the system
 * has them in "madvise" mode) make it one per 2 MiB. Only the 2 MiB-aligned
 * interior is advised: the rest of the mapping is not ours to change. */
#define HUGE_MIN ((size_t)4 << 20)
#define HUGE_ALIGN ((uintptr_t)2 << 20)
void mig_hint_huge(void *p, size_t n) {
#ifdef MADV_HUGEPAGE
  if (!p || n < HUGE_MIN) return;
  uintptr_t a = ((uintptr_t)p + HUGE_ALIGN - 1) & ~(HUGE_ALIGN - 1);
  uintptr_t e = ((uintptr_t)p + n) & ~(HUGE_ALIGN - 1);
  if (e > a) (void)madvise((void *)a, e - a, MADV_HUGEPAGE); /* a hint: errors ignored */
#else
  (void)p;
  (void)n;
#endif
}

void *mig_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) mig_fatal("out of memory (%zu bytes)", n);
  mig_hint_huge(p, n);
  return p;
}
void *mig_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) mig_fatal("out of memory (%zu x %zu bytes)", n, size);
  mig_hint_huge(p, n * size); /* calloc has checked the product */
  return p;
}
/* Only a first allocation is advised: advice on part of a mapping splits
 * it, and glibc's realloc can then no longer grow it with mremap (moving
 * page tables) but copies it. */
void *mig_xrealloc(void *p, size_t n) {
  int fresh = p == NULL;
  p = realloc(p, n ? n : 1);
  if (!p) mig_fatal("out of memory (%zu bytes)", n);
  if (fresh) mig_hint_huge(p, n);
  return p;
}
char *mig_xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(mig_xmalloc(n), s, n);
}

/*--- Byte buffer -----------------------------------------------------------*/
void mig_buf_reserve(mig_buf *b, size_t extra) {
  if (b->len + extra <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra) cap *= 2;
  b->data = mig_xrealloc(b->data, cap);
  b->cap = cap;
}
void mig_buf_put(mig_buf *b, const void *p, size_t n) {
  mig_buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
}
void mig_buf_u8(mig_buf *b, uint8_t v) { mig_buf_put(b, &v, 1); }
void mig_buf_u16(mig_buf *b, uint16_t v) {
  mig_buf_reserve(b, 2);
  mig_le_store(b->data + b->len, v, 2);
  b->len += 2;
}
void mig_buf_u32(mig_buf *b, uint32_t v) {
  mig_buf_reserve(b, 4);
  mig_le_store(b->data + b->len, v, 4);
  b->len += 4;
}
void mig_buf_u64(mig_buf *b, uint64_t v) {
  mig_buf_reserve(b, 8);
  mig_le_store(b->data + b->len, v, 8);
  b->len += 8;
}
void mig_buf_str(mig_buf *b, const char *s) {
  size_t n = s ? strlen(s) : 0;
  mig_buf_u32(b, (uint32_t)n);
  mig_buf_put(b, s, n);
}
void mig_buf_pad(mig_buf *b, size_t align) {
  size_t n = (align - b->len % align) % align;
  mig_buf_reserve(b, n);
  memset(b->data + b->len, 0, n);
  b->len += n;
}
void mig_buf_free(mig_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

/*--- String map (linear probing) -----------------------------------------*/
uint64_t mig_strhash(const char *s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

static size_t strmap_slot(const mig_strmap *m, const char *key) {
  size_t mask = m->cap - 1, i = (size_t)mig_strhash(key) & mask;
  while (m->keys[i] && strcmp(m->keys[i], key) != 0) i = (i + 1) & mask;
  return i;
}

void *mig_strmap_get(const mig_strmap *m, const char *key) {
  if (!m->cap) return NULL;
  size_t i = strmap_slot(m, key);
  return m->keys[i] ? m->vals[i] : NULL;
}

static void strmap_grow(mig_strmap *m) {
  mig_strmap old = *m;
  m->cap = old.cap ? old.cap * 2 : 64;
  m->keys = mig_xcalloc(m->cap, sizeof *m->keys);
  m->vals = mig_xcalloc(m->cap, sizeof *m->vals);
  m->n = 0;
  for (size_t i = 0; i < old.cap; i++)
    if (old.keys[i]) mig_strmap_put(m, old.keys[i], old.vals[i]);
  free(old.keys);
  free(old.vals);
}

void *mig_strmap_put(mig_strmap *m, const char *key, void *val) {
  if ((m->n + 1) * 2 > m->cap) strmap_grow(m);
  size_t i = strmap_slot(m, key);
  void *prev = m->keys[i] ? m->vals[i] : NULL;
  if (!m->keys[i]) m->n++;
  m->keys[i] = key;
  m->vals[i] = val;
  return prev;
}

void mig_strmap_free(mig_strmap *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

/*--- Pointer map (linear probing, no deletion) ---------------------------*/
static size_t ptr_hash(uintptr_t k) {
  return (size_t)(((uint64_t)k >> 3) * 0x9e3779b97f4a7c15ull >> 17);
}

int mig_ptrmap_get(const mig_ptrmap *m, uintptr_t key, uintptr_t *val) {
  if (!m->cap) return 0;
  size_t mask = m->cap - 1;
  for (size_t i = ptr_hash(key) & mask; m->keys[i]; i = (i + 1) & mask)
    if (m->keys[i] == key) {
      *val = m->vals[i];
      return 1;
    }
  return 0;
}

void mig_ptrmap_put(mig_ptrmap *m, uintptr_t key, uintptr_t val) {
  if ((m->n + 1) * 2 > m->cap) {
    mig_ptrmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->keys = mig_xcalloc(m->cap, sizeof *m->keys);
    m->vals = mig_xcalloc(m->cap, sizeof *m->vals);
    m->n = 0;
    for (size_t i = 0; i < old.cap; i++)
      if (old.keys[i]) mig_ptrmap_put(m, old.keys[i], old.vals[i]);
    free(old.keys);
    free(old.vals);
  }
  size_t mask = m->cap - 1, i = ptr_hash(key) & mask;
  while (m->keys[i] && m->keys[i] != key) i = (i + 1) & mask;
  if (!m->keys[i]) m->n++;
  m->keys[i] = key;
  m->vals[i] = val;
}

void mig_ptrmap_free(mig_ptrmap *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

mig_addr_range *mig_maps_ranges(int at, char perm, size_t *n, int *loaded) {
  FILE *f = fopen("/proc/self/maps", "r");
  char line[512];
  mig_addr_range *r = NULL;
  size_t cap = 0;
  *n = 0;
  *loaded = f != NULL;
  if (!f) return NULL;
  while (fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    char perms[8];
    if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3 || perms[at] != perm) continue;
    /* .data (file-backed) and .bss (anonymous) are separate mappings that
     * touch: one global may straddle them. */
    if (*n && r[*n - 1].hi == lo) {
      r[*n - 1].hi = hi;
      continue;
    }
    if (*n == cap) {
      cap = cap ? cap * 2 : 64;
      r = mig_xrealloc(r, cap * sizeof *r);
    }
    r[(*n)++] = (mig_addr_range){lo, hi};
  }
  fclose(f);
  return r;
}
