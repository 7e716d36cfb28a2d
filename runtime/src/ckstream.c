/*===- ckstream.c - Reading a checkpoint as a stream, verified at its end -===*
 * The restore's I/O: one pass over the file or pipe, no whole-file buffer.
 * Large objects are read straight into their final memory, which is
 * populated (MADV_POPULATE_WRITE) a piece at a time just before the read, so
 * the kernel fills whole ranges instead of taking a page fault per 4 KiB
 * page; small objects are copied out of a 1 MiB read buffer. Every byte is
 * hashed as it arrives (and fed to the HMAC with a key); the last 72 bytes
 * (MAC and END sections) are kept aside for the verification. The caller
 * uses nothing before mig_stream_finish() returns 0; until then an error
 * anywhere (mig_fatal) first drains and verifies the stream (see the hook).
 *===----------------------------------------------------------------------===*/
#include "ckstream.h"
#include "checksum.h"
#include "hmac.h"
#include "util.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14; older kernels: EINVAL, ignored */
#endif

#define BUF_CAP ((size_t)1 << 20)     /* read buffer for small objects     */
#define DIRECT_MIN ((size_t)64 << 10) /* larger: read() into the object    */
#define PIECE ((size_t)1 << 20)       /* hashed while still in the cache   */
#define POPULATE_STEP ((size_t)64 << 20)
#define TRAILER 72u                   /* MAC section (48) + END section (24) */

struct mig_stream {
  int fd, own_fd, regular;
  const char *label;          /* for messages: the path or "standard input" */
  uint64_t size;              /* the file's size (a pipe: the header's claim) */
  uint64_t got;               /* bytes read from fd, all hashed            */
  unsigned char *buf;         /* buf[lo, hi): the last bytes read, unused  */
  size_t lo, hi;
  mig_hash hash;              /* bytes [0, size - 8)                       */
  int keyed;
  mig_hmac mac;               /* bytes [0, size - 56): up to the MAC value */
  unsigned char tail[TRAILER];/* bytes [size - 72, size)                   */
  mig_ckpt *c;
  uint64_t data_off, data_len;
  unsigned char *staging;
  int verified;
};

static mig_stream *hooked; /* the stream mig_fatal must verify first */

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -1)

static uint64_t pos_of(const mig_stream *s) { return s->got - (s->hi - s->lo); }

/* Bytes at file offsets [got, got + n) have just been read into p. */
static void feed(mig_stream *s, const unsigned char *p, size_t n) {
  uint64_t at = s->got, hend = s->size - 8, mend = s->size - 56, tbeg = s->size - TRAILER;
  if (at < hend) mig_hash_update(&s->hash, p, (size_t)(hend - at < n ? hend - at : n));
  if (s->keyed && at < mend) mig_hmac_update(&s->mac, p, (size_t)(mend - at < n ? mend - at : n));
  if (at + n > tbeg) {
    uint64_t from = at > tbeg ? at : tbeg;
    uint64_t to = at + n < s->size ? at + n : s->size;
    if (to > from) memcpy(s->tail + (from - tbeg), p + (from - at), (size_t)(to - from));
  }
  s->got += n;
}

static int truncated(mig_stream *s, char *err, size_t errlen) {
  return ERR("file is %llu bytes, header says %llu (truncated?)",
             (unsigned long long)s->got, (unsigned long long)s->size);
}

/* read() up to n bytes, never past the claimed size: k > 0, 0 at EOF, -1. */
static ssize_t raw_read(mig_stream *s, unsigned char *p, size_t n, char *err, size_t errlen) {
  if (n > s->size - s->got) n = (size_t)(s->size - s->got);
  if (n == 0) return 0;
  for (;;) {
    ssize_t k = read(s->fd, p, n);
    if (k >= 0) return k;
    if (errno != EINTR) return ERR("cannot read %s: %s", s->label, strerror(errno));
  }
}

/* At least want (<= BUF_CAP) bytes in the buffer. */
static int fill(mig_stream *s, size_t want, char *err, size_t errlen) {
  if (s->hi - s->lo >= want) return 0;
  memmove(s->buf, s->buf + s->lo, s->hi - s->lo);
  s->hi -= s->lo;
  s->lo = 0;
  while (s->hi < want) {
    ssize_t k = raw_read(s, s->buf + s->hi, BUF_CAP - s->hi, err, errlen);
    if (k < 0) return -1;
    if (k == 0) return truncated(s, err, errlen);
    feed(s, s->buf + s->hi, (size_t)k);
    s->hi += (size_t)k;
  }
  return 0;
}

/* Whole pages of [p, p + n) populated for writing in one call. */
static void populate(unsigned char *p, size_t n) {
  uintptr_t a = ((uintptr_t)p + 4095) & ~(uintptr_t)4095, e = ((uintptr_t)p + n) & ~(uintptr_t)4095;
  if (e > a) (void)madvise((void *)a, e - a, MADV_POPULATE_WRITE);
}

/* A large object is about to be read into fresh memory: huge pages make its
 * population one fault and one clear per 2 MiB instead of per 4 KiB. */
static void prefer_huge(unsigned char *p, uint64_t n) {
  if (n >= DIRECT_MIN) mig_hint_huge(p, (size_t)n);
}

/* The next n bytes of the stream to dst (NULL: dropped). */
static int take(mig_stream *s, unsigned char *dst, uint64_t n, char *err, size_t errlen) {
  size_t have = s->hi - s->lo;
  size_t k = have < n ? have : (size_t)n;
  if (dst) memcpy(dst, s->buf + s->lo, k);
  s->lo += k;
  n -= k;
  if (dst) dst += k;
  uint64_t ready = 0; /* bytes from dst on that are populated */
  if (dst) prefer_huge(dst, n);
  while (n >= DIRECT_MIN && dst) { /* large: straight into its place */
    if (ready == 0) {
      ready = n < POPULATE_STEP ? n : POPULATE_STEP;
      populate(dst, (size_t)ready);
    }
    size_t want = n < PIECE ? (size_t)n : PIECE;
    if (want > ready) want = (size_t)ready;
    ssize_t r = raw_read(s, dst, want, err, errlen);
    if (r < 0) return -1;
    if (r == 0) return truncated(s, err, errlen);
    feed(s, dst, (size_t)r);
    dst += r;
    n -= (uint64_t)r;
    ready -= (uint64_t)r;
  }
  while (n > 0) {
    size_t want = n < BUF_CAP ? (size_t)n : BUF_CAP;
    if (fill(s, want, err, errlen)) return -1;
    if (dst) {
      memcpy(dst, s->buf + s->lo, want);
      dst += want;
    }
    s->lo += want;
    n -= want;
  }
  return 0;
}

/*--- Verification -------------------------------------------------------------*/
/* The MAC (with a key), then the checksum: the order of a whole-file read. */
static int verify(mig_stream *s, char *err, size_t errlen) {
  const unsigned char *mac = s->tail, *end = s->tail + 48;
  if (s->keyed) {
    unsigned char want[MIG_SHA256_SIZE];
    if (s->size < MIG_HEADER_SIZE + TRAILER || mig_le_load(mac, 4) != MIG_SEC_MAC ||
        mig_le_load(mac + 4, 4) != 0 || mig_le_load(mac + 8, 8) != MIG_MAC_SIZE)
      return ERR("checkpoint has no MAC (MIG_KEY is set: only authenticated checkpoints are read)");
    mig_hmac_final(&s->mac, want);
    if (!mig_mac_equal(want, mac + 16, MIG_MAC_SIZE))
      return ERR("MAC mismatch (wrong key, or the file was altered)");
  }
  if (mig_hash_final(&s->hash) != mig_le_load(end + 16, 8))
    return ERR("checksum mismatch (file is corrupt)");
  return 0;
}

/* Reads the rest of the stream (up to its claimed size) and the end of it. */
static int drain(mig_stream *s, char *err, size_t errlen) {
  s->lo = s->hi = 0;
  while (s->got < s->size) {
    ssize_t k = raw_read(s, s->buf, BUF_CAP, err, errlen);
    if (k < 0) return -1;
    if (k == 0) return truncated(s, err, errlen);
    feed(s, s->buf, (size_t)k);
  }
  if (!s->regular) { /* a pipe must end where its header says */
    unsigned char extra;
    ssize_t k;
    do k = read(s->fd, &extra, 1); while (k < 0 && errno == EINTR);
    if (k > 0) return ERR("stream is longer than its header says (%llu bytes)",
                          (unsigned long long)s->size);
  }
  return 0;
}

static int drain_and_verify(mig_stream *s, char *err, size_t errlen) {
  if (s->verified) return 0;
  if (drain(s, err, errlen) || verify(s, err, errlen)) return -1;
  s->verified = 1;
  return 0;
}

/* An error before the verification: a corrupt stream is reported as such
 * (the other error may only be a consequence of the corruption). */
static void fatal_hook(void) {
  mig_stream *s = hooked;
  char err[256];
  hooked = NULL;
  if (s && drain_and_verify(s, err, sizeof err))
    mig_fatal("cannot restore %s: %s", s->label, err);
}

/*--- Opening: header and metadata ----------------------------------------------*/
static int open_fd(mig_stream *s, const char *path, char *err, size_t errlen) {
  struct stat st;
  if (strcmp(path, "-") == 0) {
    s->fd = 0;
  } else {
    s->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (s->fd < 0) return ERR("cannot open %s: %s", path, strerror(errno));
    s->own_fd = 1;
    /* Off the low numbers: the program's files are put back at theirs while
     * this stream is still open (state_files.c). */
    int high = fcntl(s->fd, F_DUPFD_CLOEXEC, 1024);
    if (high >= 0) {
      close(s->fd);
      s->fd = high;
    }
  }
  if (fstat(s->fd, &st) != 0) return ERR("cannot read %s: %s", s->label, strerror(errno));
  s->regular = S_ISREG(st.st_mode);
  if (!s->regular && !S_ISFIFO(st.st_mode) && !S_ISSOCK(st.st_mode) && !S_ISCHR(st.st_mode))
    return ERR("%s is not a regular file", path);
  if (s->regular) {
    s->size = (uint64_t)st.st_size;
    posix_fadvise(s->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  } else {
#ifdef F_SETPIPE_SZ
    (void)fcntl(s->fd, F_SETPIPE_SZ, (int)BUF_CAP); /* fewer, larger reads */
#endif
  }
  return 0;
}

static int read_header(mig_stream *s, unsigned char head[MIG_HEADER_SIZE], char *err,
                       size_t errlen) {
  size_t n = 0;
  uint64_t real = s->size;
  if (!s->regular || s->size >= MIG_HEADER_SIZE) {
    uint64_t saved = s->size;
    s->size = MIG_HEADER_SIZE; /* raw_read's bound, for now */
    while (n < MIG_HEADER_SIZE) {
      ssize_t k = raw_read(s, head + n, MIG_HEADER_SIZE - n, err, errlen);
      if (k < 0) return -1;
      if (k == 0) break;
      n += (size_t)k;
      s->got = n;
    }
    s->size = saved;
  }
  if (!s->regular) real = n < MIG_HEADER_SIZE ? n : mig_le_load(head + 24, 8);
  if (mig_ckpt_check_header(head, n, real, err, errlen)) return -1;
  s->size = real;
  s->got = 0;
  mig_hash_init(&s->hash);
  feed(s, head, MIG_HEADER_SIZE);
  return 0;
}

/* The header (its bytes filled in by the caller), the sections before DATA
 * and DATA's header, in a growing buffer. A section that does not fit, a
 * tag out of order: its header ends the buffer and the parser refuses it. */
static int read_meta(mig_stream *s, unsigned char **meta, size_t *len, char *err,
                     size_t errlen) {
  size_t cap = 1 << 16;
  unsigned char *m = *meta = mig_xmalloc(cap);
  *len = MIG_HEADER_SIZE;
  for (;;) {
    if (s->size - pos_of(s) < 16) return 0;
    if (fill(s, 16, err, errlen)) return -1;
    const unsigned char *h = s->buf + s->lo;
    unsigned tag = (unsigned)mig_le_load(h, 4);
    uint64_t n = mig_le_load(h + 8, 8), at = pos_of(s) + 16, room = s->size - at;
    uint64_t body = 0;
    int more = tag >= MIG_SEC_ARCH && tag < MIG_SEC_DATA && n <= room;
    if (more) {
      body = n + (8 - (at + n) % 8) % 8;
      if (body > room) body = n;
    }
    if (*len + 16 + body > cap) {
      while (*len + 16 + body > cap) cap *= 2;
      *meta = m = mig_xrealloc(m, cap);
    }
    if (take(s, m + *len, 16 + body, err, errlen)) return -1;
    *len += (size_t)(16 + body);
    if (!more) return 0; /* DATA's header, or one the parser refuses */
  }
}

mig_stream *mig_stream_open(const char *path, const void *key, size_t keylen, mig_ckpt *c,
                            char *err, size_t errlen) {
  mig_stream *s = mig_xcalloc(1, sizeof *s);
  unsigned char head[MIG_HEADER_SIZE], *meta = NULL;
  size_t mlen = 0;
  s->label = strcmp(path, "-") == 0 ? "standard input" : path;
  s->buf = mig_xmalloc(BUF_CAP);
  s->c = c;
  memset(c, 0, sizeof *c);
  if (open_fd(s, path, err, errlen) || read_header(s, head, err, errlen)) {
    mig_stream_close(s);
    return NULL;
  }
  if (key) {
    s->keyed = 1;
    mig_hmac_init(&s->mac, key, keylen);
    mig_hmac_update(&s->mac, head, MIG_HEADER_SIZE);
  }
  int rc = read_meta(s, &meta, &mlen, err, errlen);
  if (rc == 0) {
    memcpy(meta, head, MIG_HEADER_SIZE);
    rc = mig_ckpt_parse_meta(meta, mlen, s->size, c, &s->data_off, &s->data_len, err, errlen);
  }
  free(meta);
  if (rc) { /* a corrupt stream is reported as corrupt */
    char verr[256];
    if (drain_and_verify(s, verr, sizeof verr)) snprintf(err, errlen, "%s", verr);
    mig_stream_close(s);
    return NULL;
  }
  hooked = s;
  mig_fatal_hook = fatal_hook;
  return s;
}

/*--- Data ------------------------------------------------------------------------*/
static int by_offset(const void *a, const void *b, void *objs) {
  const mig_robject *o = objs;
  uint64_t x = o[*(const uint32_t *)a].offset, y = o[*(const uint32_t *)b].offset;
  return x < y ? -1 : x > y;
}

static int has_bytes(const mig_robject *o) { return o->kind != MIG_OBJ_RODATA && o->nbytes; }

/* Objects with bytes, in file order: NULL when c->objects is in that order
 * already (the writer's order: no per-object index array then), else the
 * indices of the objects with bytes, sorted by offset. */
static uint32_t *file_order(mig_ckpt *c, uint32_t *n) {
  uint64_t last = 0;
  uint32_t i = 0;
  for (; i < c->nobjects; i++) {
    if (!has_bytes(&c->objects[i])) continue;
    if (c->objects[i].offset < last) break;
    last = c->objects[i].offset;
  }
  *n = c->nobjects;
  if (i == c->nobjects) return NULL;
  uint32_t *ord = mig_xmalloc(((size_t)c->nobjects + 1) * sizeof *ord), k = 0;
  for (i = 0; i < c->nobjects; i++)
    if (has_bytes(&c->objects[i])) ord[k++] = i;
  qsort_r(ord, k, sizeof *ord, by_offset, c->objects);
  *n = k;
  return ord;
}

/* The k-th object of the file order. */
static uint32_t nth(const uint32_t *ord, uint32_t k) { return ord ? ord[k] : k; }

/* dest is asked twice per object (sizing the staging area, then reading),
 * so that no per-object array of places is needed: it answers the same. */
int mig_stream_read_data(mig_stream *s, mig_stream_dest dest, void *ctx, char *err,
                         size_t errlen) {
  mig_ckpt *c = s->c;
  uint32_t n;
  uint32_t *ord = file_order(c, &n);
  uint64_t staged = 0, prev_end = s->data_off;
  for (uint32_t k = 0; k < n; k++) {
    uint32_t i = nth(ord, k);
    const mig_robject *o = &c->objects[i];
    if (!has_bytes(o)) continue;
    if (o->offset < prev_end) {
      free(ord);
      return ERR("object #%u: its data overlaps another object's", i);
    }
    prev_end = o->offset + o->nbytes;
    if (!dest(ctx, i)) staged += (o->nbytes + 15) & ~(uint64_t)15;
  }
  if (staged) s->staging = mig_xmalloc((size_t)staged);
  unsigned char *next = s->staging;
  int rc = 0;
  for (uint32_t k = 0; k < n && rc == 0; k++) {
    uint32_t i = nth(ord, k);
    mig_robject *o = &c->objects[i];
    if (!has_bytes(o)) continue;
    unsigned char *d = dest(ctx, i);
    if (!d) {
      d = next;
      next += (o->nbytes + 15) & ~(uint64_t)15;
    }
    rc = take(s, NULL, o->offset - pos_of(s), err, errlen); /* alignment padding */
    if (rc == 0) rc = take(s, d, o->nbytes, err, errlen);
    o->data = d;
  }
  free(ord);
  return rc;
}

int mig_stream_finish(mig_stream *s, char *err, size_t errlen) {
  uint64_t end = s->data_off + s->data_len;
  if (drain_and_verify(s, err, errlen)) return -1;
  /* Verified: now the layout of what follows DATA. */
  end += (8 - end % 8) % 8;
  uint64_t rest = s->size - (end < s->size ? end : s->size);
  const unsigned char *sec = s->tail + TRAILER - 24;
  if (rest == TRAILER) {
    if (mig_le_load(s->tail, 4) != MIG_SEC_MAC || mig_le_load(s->tail + 8, 8) != MIG_MAC_SIZE)
      return ERR("bad MAC section");
  } else if (rest != 24) {
    return ERR("trailing bytes after the end section");
  }
  if (mig_le_load(sec, 4) != MIG_SEC_END) return ERR("expected section %u, found %u", MIG_SEC_END,
                                                     (unsigned)mig_le_load(sec, 4));
  if (mig_le_load(sec + 8, 8) != 8) return ERR("bad end section");
  s->c->checksum = mig_le_load(sec + 16, 8);
  s->c->has_mac = rest == TRAILER;
  hooked = NULL;
  mig_fatal_hook = NULL;
  return 0;
}

void mig_stream_close(mig_stream *s) {
  if (!s) return;
  if (hooked == s) {
    hooked = NULL;
    mig_fatal_hook = NULL;
  }
  if (s->own_fd) close(s->fd);
  free(s->buf);
  free(s->staging);
  free(s);
}
