/*===- memmap.c - What an unknown address points into -------------------------===*
 * A data pointer that is in no saved object is either stale (into a freed
 * heap block, a returned frame: valid C as long as it is not used, and
 * restored as a trapping poison pointer) or into memory the runtime cannot
 * move (a library's static data, an open FILE, a mapping the program made
 * itself): the checkpoint must then be refused, with the variable named.
 * Which one it is comes from the process's memory map, read from
 * /proc/self/maps only when the writer first meets such a pointer:
 *
 *   unmapped                         stale (a freed large block was unmapped)
 *   a shadow stack (runtime-owned)   stale (a popped shadow frame)
 *   the runtime's small-block heap   stale (a freed block)
 *   [stack], [heap] (or the mapping  stale: at a checkpoint every frame below
 *   that ends at sbrk(0))
 *                                    the runtime's main() has returned, and
 *                                    the brk heap is malloc's; but a glibc FILE
 *                                    (its _flags magic) is refused
 *   an anonymous mapping holding a   stale (a malloc arena or a large block)
 *   registered heap block
 *   anything else                    refused: file-backed (a library's or the
 *                                    program's own data, read-only data) or
 *                                    an anonymous mapping the runtime does
 *                                    not know
 *===----------------------------------------------------------------------===*/
#include "memmap.h"
#include "heap.h"
#include "util.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct mapping {
  uintptr_t start, end;
  char what[96]; /* "[heap]", "[stack]", a path (its end), or "" (anonymous) */
  int is_file;
  const char *owner; /* anonymous right after a file mapping: that file
                        (a library's .bss), for messages */
  int has_heap_block;
} mapping;

static mapping *maps;
static size_t nmaps;
static int loaded;

/* Runtime-owned reservations (shadow stacks), registered by their owners
 * from any thread; a released one (end == 0) is reused. Read only by the
 * writer, while every other thread is stopped. */
#define MAX_RUNTIME_RANGES 4096
static struct {
  uintptr_t start, end;
} runtime_ranges[MAX_RUNTIME_RANGES];
static unsigned nruntime_ranges;

void mig_memmap_note_runtime_range(const void *start, size_t size) {
  unsigned n = __atomic_load_n(&nruntime_ranges, __ATOMIC_RELAXED);
  for (unsigned i = 0; i < n && i < MAX_RUNTIME_RANGES; i++) { /* a released one */
    uintptr_t zero = 0;
    if (__atomic_compare_exchange_n(&runtime_ranges[i].end, &zero, (uintptr_t)start + size, 0,
                                    __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
      runtime_ranges[i].start = (uintptr_t)start;
      return;
    }
  }
  unsigned i = __atomic_fetch_add(&nruntime_ranges, 1, __ATOMIC_RELAXED);
  if (i >= MAX_RUNTIME_RANGES) return; /* only costs a refusal later */
  runtime_ranges[i].start = (uintptr_t)start;
  runtime_ranges[i].end = (uintptr_t)start + size;
}

void mig_memmap_forget_runtime_range(const void *start) {
  unsigned n = __atomic_load_n(&nruntime_ranges, __ATOMIC_RELAXED);
  if (n > MAX_RUNTIME_RANGES) n = MAX_RUNTIME_RANGES;
  for (unsigned i = 0; i < n; i++)
    if (runtime_ranges[i].start == (uintptr_t)start) runtime_ranges[i].start = runtime_ranges[i].end = 0;
}

static int in_runtime_range(uintptr_t v) {
  unsigned n = __atomic_load_n(&nruntime_ranges, __ATOMIC_RELAXED);
  if (n > MAX_RUNTIME_RANGES) n = MAX_RUNTIME_RANGES;
  for (unsigned i = 0; i < n; i++)
    if (v >= runtime_ranges[i].start && v < runtime_ranges[i].end) return 1;
  return 0;
}

static void load(void) {
  loaded = 1;
  FILE *f = fopen("/proc/self/maps", "r");
  if (!f) return; /* no map: every unknown pointer is refused */
  size_t cap = 0;
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    unsigned long long s, e;
    int path_at = 0;
    if (sscanf(line, "%llx-%llx %*s %*s %*s %*s %n", &s, &e, &path_at) < 2) continue;
    if (nmaps == cap) {
      cap = cap ? cap * 2 : 64;
      maps = mig_xrealloc(maps, cap * sizeof *maps);
    }
    mapping *m = &maps[nmaps++];
    m->start = (uintptr_t)s;
    m->end = (uintptr_t)e;
    m->has_heap_block = 0;
    const char *p = path_at ? line + path_at : "";
    m->is_file = p[0] == '/';
    size_t len = strcspn(p, "\n");
    if (len >= sizeof m->what) { /* keep the file name's end */
      p += len - (sizeof m->what - 1);
      len = sizeof m->what - 1;
    }
    memcpy(m->what, p, len);
    m->what[len] = 0;
    m->owner = NULL;
  }
  fclose(f);
  for (size_t i = 1; i < nmaps; i++)
    if (!maps[i].what[0] && maps[i].start == maps[i - 1].end && maps[i - 1].is_file)
      maps[i].owner = maps[i - 1].what;
}

static mapping *find(uintptr_t v) {
  size_t lo = 0, hi = nmaps; /* the kernel lists mappings in address order */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v < maps[mid].start) hi = mid;
    else if (v >= maps[mid].end) lo = mid + 1;
    else return &maps[mid];
  }
  return NULL;
}

void mig_memmap_begin(const uintptr_t *heap_blocks, size_t n) {
  if (!loaded) load();
  /* malloc's brk heap, also where the map does not call it [heap] (under
   * qemu-user the guest's brk area is a plain anonymous mapping). */
  uintptr_t brk_end = (uintptr_t)sbrk(0);
  mapping *b = brk_end ? find(brk_end - 1) : NULL;
  if (b && !b->what[0]) b->has_heap_block = 1;
  /* The writer's own stack, also where the map does not call it [stack]. */
  int here;
  mapping *st = find((uintptr_t)&here);
  if (st && !st->what[0]) snprintf(st->what, sizeof st->what, "[stack]");
  for (size_t i = 0; i < n; i++) {
    mapping *m = find(heap_blocks[i]);
    if (m) m->has_heap_block = 1;
  }
}

int mig_memmap_loaded(void) { return loaded; }

void mig_memmap_end(void) {
  free(maps);
  maps = NULL;
  nmaps = 0;
  loaded = 0;
}

/* glibc's FILE starts with int _flags whose high half is _IO_MAGIC. */
static int looks_like_glibc_file(uintptr_t v) {
  if (v & 3) return 0;
  unsigned flags;
  memcpy(&flags, (const void *)v, sizeof flags);
  return (flags & 0xFFFF0000u) == 0xFBAD0000u;
}

int mig_memmap_classify(uintptr_t v, char *why, size_t n) {
  if (in_runtime_range(v) || mig_heap_owns(v)) return 0;
  const mapping *m = find(v);
  if (!m) return 0;
  int heap = strcmp(m->what, "[heap]") == 0;
  if (heap || (!m->what[0] && m->has_heap_block)) {
    if (m->end - v >= sizeof(unsigned) && looks_like_glibc_file(v)) {
      snprintf(why, n, "points to an open FILE (%p) the runtime did not see opened: only the "
                       "standard streams and files opened by code built with migcc can be "
                       "migrated", (void *)v);
      return -1;
    }
    return 0;
  }
  if (strcmp(m->what, "[stack]") == 0) return 0;
  const char *file = m->is_file ? m->what : m->owner;
  if (file) {
    const char *base = strrchr(file, '/');
    snprintf(why, n, "points into memory of %s that the runtime does not know (%p): "
                     "a library's own data (or the program's unregistered data) cannot be "
                     "migrated", base ? base + 1 : file, (void *)v);
  } else if (!m->what[0])
    snprintf(why, n, "points into an anonymous mapping the runtime does not know (%p): "
                     "memory the program got from mmap or a library cannot be migrated",
             (void *)v);
  else
    snprintf(why, n, "points into %s (%p): the runtime cannot migrate it", m->what, (void *)v);
  return -1;
}
