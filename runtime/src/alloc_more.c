/*===- alloc_more.c - glibc's other allocation functions, tracked --------===*
 * mig-pp rewrites every allocation call of the C library into the runtime's
 * heap (heap.c), so each block is saved and restored: a block libc's
 * allocator made would be unknown to a checkpoint (pointers to it kept raw,
 * a crash after a restore) and freeing it through __mig_free would be
 * wrong. These are the glibc functions beyond malloc/calloc/realloc/
 * aligned_alloc/posix_memalign/strdup/strndup/getline/getdelim, built on
 * the runtime's entry points: valloc and pvalloc (page-aligned), the
 * overflow-checked reallocarray, and asprintf/vasprintf (formatted into a
 * block of ours). memalign is rewritten to __mig_aligned_alloc directly.
 *===----------------------------------------------------------------------===*/
#include "heap.h"
#include "util.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static size_t page_size(void) {
  long p = sysconf(_SC_PAGESIZE);
  return p > 0 ? (size_t)p : 4096;
}

void *__mig_valloc(__mig_size_t n, const __mig_type *elem) {
  return __mig_aligned_alloc(page_size(), n, elem);
}

void *__mig_pvalloc(__mig_size_t n, const __mig_type *elem) {
  size_t pg = page_size();
  size_t r = n ? (n + pg - 1) / pg * pg : pg;
  if (r < n) {
    errno = ENOMEM;
    return NULL;
  }
  return __mig_aligned_alloc(pg, r, elem);
}

void *__mig_reallocarray(void *p, __mig_size_t count, __mig_size_t size,
                         const __mig_type *elem) {
  __mig_size_t n;
  if (__builtin_mul_overflow(count, size, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  return __mig_realloc(p, n, elem);
}

int __mig_vasprintf(char **out, const char *fmt, va_list ap) {
  va_list again;
  va_copy(again, ap);
  int len = vsnprintf(NULL, 0, fmt, ap);
  if (len < 0) {
    va_end(again);
    return -1;
  }
  char *p = __mig_malloc_untyped((size_t)len + 1);
  if (!p) {
    va_end(again);
    return -1;
  }
  vsnprintf(p, (size_t)len + 1, fmt, again);
  va_end(again);
  *out = p;
  return len;
}

int __mig_asprintf(char **out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = __mig_vasprintf(out, fmt, ap);
  va_end(ap);
  return r;
}
