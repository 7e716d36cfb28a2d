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
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
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

/*--- Functions that return a block libc allocated ----------------------------
 * realpath(path, NULL), canonicalize_file_name, get_current_dir_name and
 * scandir return memory from libc's malloc, which the caller frees: the
 * result is copied into blocks of ours (untyped bytes; scandir's list is a
 * block of pointers) and libc's freed, so the program owns tracked blocks
 * that __mig_free can free and a checkpoint saves. */
static char *taken_string(char *libc_str) {
  if (!libc_str) return NULL;
  char *p = __mig_strdup(libc_str);
  int e = errno;
  free(libc_str);
  errno = e;
  return p;
}

char *__mig_realpath(const char *path, char *resolved) {
  if (resolved) return realpath(path, resolved);
  return taken_string(realpath(path, NULL));
}

char *__mig_canonicalize_file_name(const char *path) { return taken_string(realpath(path, NULL)); }

char *__mig_get_current_dir_name(void) { return taken_string(get_current_dir_name()); }

int __mig_scandir(const char *dir, struct dirent ***namelist,
                  int (*filter)(const struct dirent *),
                  int (*compar)(const struct dirent **, const struct dirent **)) {
  struct dirent **libc_list;
  int n = scandir(dir, &libc_list, filter, compar);
  if (n < 0) return n;
  struct dirent **list = __mig_malloc((size_t)(n ? n : 1) * sizeof *list, &__mig_type_ptr);
  for (int i = 0; i < n; i++) {
    if (list) {
      size_t len = offsetof(struct dirent, d_name) + strlen(libc_list[i]->d_name) + 1;
      if (len < sizeof(struct dirent)) len = sizeof(struct dirent);
      list[i] = __mig_malloc(len, NULL);
      if (list[i]) memcpy(list[i], libc_list[i], len);
    }
    free(libc_list[i]);
  }
  free(libc_list);
  if (!list) {
    errno = ENOMEM;
    return -1;
  }
  for (int i = 0; i < n; i++)
    if (!list[i]) {
      errno = ENOMEM; /* leaks the others: out of memory anyway */
      return -1;
    }
  *namelist = list;
  return n;
}

/*--- open_memstream ------------------------------------------------------------
 * glibc's memory stream grows its buffer with libc's realloc and hands it
 * to the program, which frees it after fclose: a block the checkpoint
 * would not know (a pointer into libc's heap, kept as stale). The runtime's
 * version is a fopencookie stream whose buffer is a block of ours, grown
 * with __mig_realloc; *bufp and *sizep are updated when the stream is
 * flushed or closed, as glibc does, and the buffer is always
 * NUL-terminated. While the stream is open, a checkpoint with the FILE
 * live is refused like any open FILE's. */
typedef struct memstream {
  char **bufp;
  __mig_size_t *sizep;
  char *buf;
  size_t cap, len, pos;
} memstream;

static int memstream_reserve(memstream *m, size_t need) {
  if (need + 1 <= m->cap) return 0;
  size_t cap = m->cap ? m->cap : 64;
  while (cap < need + 1) cap *= 2;
  char *b = __mig_realloc(m->buf, cap, NULL);
  if (!b) return -1;
  memset(b + m->cap, 0, cap - m->cap);
  m->buf = b;
  m->cap = cap;
  return 0;
}

static void memstream_publish(memstream *m) {
  *m->bufp = m->buf;
  *m->sizep = m->pos < m->len ? m->pos : m->len;
}

static ssize_t memstream_write(void *c, const char *data, size_t n) {
  memstream *m = c;
  if (memstream_reserve(m, m->pos + n) != 0) {
    errno = ENOMEM;
    return 0;
  }
  memcpy(m->buf + m->pos, data, n);
  m->pos += n;
  if (m->pos > m->len) m->len = m->pos;
  m->buf[m->len] = '\0';
  memstream_publish(m);
  return (ssize_t)n;
}

static int memstream_seek(void *c, off64_t *off, int whence) {
  memstream *m = c;
  off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off64_t)m->pos : (off64_t)m->len;
  off64_t to = base + *off;
  if (to < 0) {
    errno = EINVAL;
    return -1;
  }
  if (memstream_reserve(m, (size_t)to) != 0) {
    errno = ENOMEM;
    return -1;
  }
  m->pos = (size_t)to;
  *off = to;
  memstream_publish(m);
  return 0;
}

static int memstream_close(void *c) {
  memstream *m = c;
  memstream_publish(m);
  free(m);
  return 0;
}

void *__mig_open_memstream(char **bufp, __mig_size_t *sizep) {
  if (!bufp || !sizep) {
    errno = EINVAL;
    return NULL;
  }
  memstream *m = calloc(1, sizeof *m);
  if (!m) return NULL;
  m->bufp = bufp;
  m->sizep = sizep;
  if (memstream_reserve(m, 0) != 0) {
    free(m);
    return NULL;
  }
  memstream_publish(m);
  cookie_io_functions_t io = {NULL, memstream_write, memstream_seek, memstream_close};
  FILE *f = fopencookie(m, "w", io);
  if (!f) {
    __mig_free(m->buf);
    free(m);
  }
  return f;
}
