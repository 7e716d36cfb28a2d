/*===- writer.c - Writing a checkpoint ----------------------------------------===*
 * After the user's main has returned in UNWINDING state: collect every
 * object (globals, heap blocks, shadow frames and allocas, register frames,
 * argv/envp: the kinds' collect hooks, kinds.c), validate every pointer
 * they hold (check hooks), then write the metadata
 * followed by the objects' bytes (small ones gathered, large ones straight
 * from memory; no re-encoding) to a temporary file in the same directory, fsync it and
 * rename it over the checkpoint (crash-safe). Format: mig/format.h.
 *===----------------------------------------------------------------------===*/
#include "writer.h"
#include "checksum.h"
#include "counters.h"
#include "debris.h"
#include "hmac.h"
#include "key.h"
#include "kinds.h"
#include "memmap.h"
#include "process.h"
#include "reader.h"
#include "registry.h"
#include "types.h"
#include "wctx.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static void validate(writer *w) {
  mig_objmap_reserve(&w->map, w->nobjs + mig_nliterals());
  for (size_t i = 0; i < w->nobjs; i++)
    if (w->objs[i].kind != MIG_OBJ_REGFRAME)
      mig_objmap_add(&w->map, w->objs[i].addr, w->objs[i].nbytes, (uint32_t)i);
  for (size_t i = 0; i < mig_nliterals(); i++) {
    const __mig_literal *l = mig_literal_at(i);
    mig_objmap_add(&w->map, (uintptr_t)l->addr, l->size, (uint32_t)(w->nobjs + i));
  }
  uint32_t a, b;
  mig_objmap_sort(&w->map, &a, &b);
  if (a != UINT32_MAX && a < w->nobjs && b < w->nobjs) {
    /* Two saved objects overlap: the runtime's bookkeeping is wrong (a
     * block freed behind its back?). Not a state we can restore. */
    char x[256], y[256];
    mig_w_describe(&w->objs[a], -1, x, sizeof x);
    mig_w_describe(&w->objs[b], -1, y, sizeof y);
    fprintf(stderr, "mig: checkpoint refused: %s overlaps %s\n", x, y);
    w->refused = 1;
    return;
  }
  w->specials[0] = (uintptr_t)stdin;
  w->specials[1] = (uintptr_t)stdout;
  w->specials[2] = (uintptr_t)stderr;
  for (unsigned k = 0; k < mig_nkinds; k++)
    if (mig_kinds[k].check) mig_kinds[k].check(w);
}

/*--- Serialization ------------------------------------------------------------*/
static uint32_t type_index(writer *w, const __mig_type *t) {
  uintptr_t idx;
  if (mig_ptrmap_get(&w->type_index, (uintptr_t)t, &idx)) return (uint32_t)idx;
  for (unsigned i = 0; i < t->nfields; i++) type_index(w, t->fields[i].type); /* post-order */
  if (w->ntypes == w->captypes) {
    w->captypes = w->captypes ? w->captypes * 2 : 64;
    w->types = mig_xrealloc(w->types, w->captypes * sizeof *w->types);
  }
  w->types[w->ntypes] = t;
  mig_ptrmap_put(&w->type_index, (uintptr_t)t, w->ntypes);
  return (uint32_t)w->ntypes++;
}

static void put_arch(mig_buf *b) {
  mig_arch a;
  mig_arch_self(&a);
  size_t s = mig_w_begin_section(b, MIG_SEC_ARCH);
  mig_buf_u8(b, a.byte_order);
  mig_buf_u8(b, a.char_signed);
  mig_buf_u8(b, a.ldouble_format);
  mig_buf_u8(b, MIG_ARCH_NKINDS);
  for (unsigned k = 0; k < MIG_ARCH_NKINDS; k++) {
    mig_buf_u8(b, a.size[k]);
    mig_buf_u8(b, a.align[k]);
  }
  mig_buf_str(b, a.machine);
  mig_w_end_section(b, s);
}

static void put_program(mig_buf *b) {
  size_t s = mig_w_begin_section(b, MIG_SEC_PROGRAM);
  mig_buf_str(b, mig_program_name());
  mig_buf_u64(b, mig_count.polls);
  mig_buf_u64(b, mig_count.checkpoints);
  mig_buf_u32(b, MIG_ABI_VERSION);
  mig_w_end_section(b, s);
}

static void put_types(writer *w, mig_buf *b) {
  for (size_t i = 0; i < w->nobjs; i++) type_index(w, w->objs[i].type);
  size_t s = mig_w_begin_section(b, MIG_SEC_TYPES);
  mig_buf_u32(b, (uint32_t)w->ntypes);
  for (size_t i = 0; i < w->ntypes; i++) {
    const __mig_type *t = w->types[i];
    const mig_typeinfo *ti = mig_typeinfo_of(t);
    mig_buf_str(b, t->name);
    mig_buf_u32(b, t->kind);
    mig_buf_u32(b, t->flags);
    mig_buf_u64(b, t->size);
    mig_buf_u64(b, t->align);
    mig_buf_u32(b, t->nfields);
    for (unsigned j = 0; j < t->nfields; j++) {
      const __mig_field *f = &t->fields[j];
      mig_buf_str(b, f->name);
      mig_buf_u32(b, type_index(w, f->type));
      mig_buf_u64(b, f->offset);
      mig_buf_u64(b, f->count);
      mig_buf_u16(b, f->bit_width);
      mig_buf_u16(b, 0);
      mig_buf_u32(b, f->bit_width && ti->bit_offset ? ti->bit_offset[j] : 0);
    }
  }
  mig_w_end_section(b, s);
}

static void put_symbols(writer *w, mig_buf *b) {
  size_t s = mig_w_begin_section(b, MIG_SEC_FUNCS);
  mig_buf_u32(b, (uint32_t)mig_nfunctions());
  for (size_t i = 0; i < mig_nfunctions(); i++) {
    mig_buf_str(b, mig_function_at(i)->name);
    mig_buf_u64(b, (uintptr_t)mig_function_at(i)->addr);
  }
  mig_w_end_section(b, s);
  s = mig_w_begin_section(b, MIG_SEC_LITERALS);
  mig_buf_u32(b, (uint32_t)mig_nliterals());
  for (size_t i = 0; i < mig_nliterals(); i++) {
    mig_buf_str(b, mig_literal_at(i)->name);
    mig_buf_u64(b, (uintptr_t)mig_literal_at(i)->addr);
    mig_buf_u64(b, mig_literal_at(i)->size);
  }
  mig_w_end_section(b, s);
  s = mig_w_begin_section(b, MIG_SEC_SPECIALS);
  mig_buf_u32(b, 3);
  for (uint32_t i = 0; i < 3; i++) {
    mig_buf_u32(b, MIG_SPECIAL_STDIN + i);
    mig_buf_u64(b, w->specials[i]);
  }
  mig_w_end_section(b, s);
}

/* The metadata's size, about: its per-object part exactly (put_objects),
 * the rest (types, symbols, frames) a guess; the buffer grows past it. */
static size_t meta_estimate(const writer *w) {
  size_t n = (size_t)1 << 16;
  for (size_t i = 0; i < w->nobjs; i++) n += 44 + strlen(w->objs[i].name);
  return n + w->nframes * 32;
}

/* Returns where each object's data-offset field is, to patch later. */
static size_t *put_objects(writer *w, mig_buf *b) {
  size_t *patch = mig_xcalloc(w->nobjs + 1, sizeof *patch);
  size_t s = mig_w_begin_section(b, MIG_SEC_OBJECTS);
  mig_buf_u32(b, (uint32_t)w->nobjs);
  for (size_t i = 0; i < w->nobjs; i++) {
    const wobj *o = &w->objs[i];
    mig_buf_u8(b, o->kind);
    mig_buf_put(b, "\0\0\0", 3);
    mig_buf_u32(b, type_index(w, o->type));
    mig_buf_str(b, o->name);
    mig_buf_u64(b, o->addr);
    mig_buf_u64(b, o->count);
    mig_buf_u64(b, o->nbytes);
    patch[i] = b->len;
    mig_buf_u64(b, 0);
  }
  mig_w_end_section(b, s);
  return patch;
}

/*--- Output -------------------------------------------------------------------*/
static const unsigned char zeros[MIG_DATA_ALIGN];

/* The file's bytes go out in order through a sink: each byte is hashed
 * (and fed to the HMAC with a key) just before it is written, while it is
 * in the cache, so the program's memory is read once. Small pieces (most
 * objects: list nodes, frames) are gathered in a 1 MiB buffer and written
 * with one write() per MiB, not one iovec per object; large ones go
 * straight from memory, a MiB at a time. No per-object table is built. */
#define WRITE_PIECE ((size_t)1 << 20)
#define GATHER_MAX ((size_t)4 << 10) /* larger pieces are not copied */

typedef struct sink {
  int fd;
  int failed;
  mig_hash hash;
  int keyed; /* the HMAC still takes bytes (up to the MAC's header) */
  mig_hmac mac;
  unsigned char *buf;
  size_t len;
} sink;

static int write_fully(int fd, const unsigned char *p, size_t n) {
  while (n) {
    ssize_t k = write(fd, p, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

static void sink_digest(sink *s, const void *p, size_t n) {
  mig_hash_update(&s->hash, p, n);
  if (s->keyed) mig_hmac_update(&s->mac, p, n);
}

static void sink_flush(sink *s) {
  if (!s->len || s->failed) return;
  sink_digest(s, s->buf, s->len);
  if (write_fully(s->fd, s->buf, s->len)) s->failed = 1;
  s->len = 0;
}

static void sink_put(sink *s, const void *p, size_t n) {
  const unsigned char *b = p;
  if (s->failed || !n) return;
  if (n <= GATHER_MAX) {
    if (s->len + n > WRITE_PIECE) sink_flush(s);
    memcpy(s->buf + s->len, b, n);
    s->len += n;
    return;
  }
  sink_flush(s);
  for (size_t off = 0; off < n && !s->failed; off += WRITE_PIECE) {
    size_t take = n - off < WRITE_PIECE ? n - off : WRITE_PIECE;
    sink_digest(s, b + off, take);
    if (write_fully(s->fd, b + off, take)) s->failed = 1;
  }
}

/* The objects' bytes after the metadata, each 16-byte aligned (the same
 * offsets as lay_out), then the padding to 8 bytes. */
static void put_data(sink *s, const writer *w, uint64_t off) {
  for (size_t i = 0; i < w->nobjs && !s->failed; i++) {
    if (w->objs[i].kind == MIG_OBJ_RODATA) continue;
    uint64_t pad = (MIG_DATA_ALIGN - off % MIG_DATA_ALIGN) % MIG_DATA_ALIGN;
    sink_put(s, zeros, (size_t)pad);
    sink_put(s, (const void *)w->objs[i].addr, w->objs[i].nbytes);
    off += pad + w->objs[i].nbytes;
  }
  sink_put(s, zeros, (size_t)((8 - off % 8) % 8));
}

/* MIG_KEY set: the MAC section, HMAC-SHA-256 of everything before its
 * payload (format.h), goes between DATA and END. */
static void put_mac(sink *s) {
  unsigned char head[16], mac[MIG_MAC_SIZE];
  mig_le_store(head, MIG_SEC_MAC, 4);
  mig_le_store(head + 4, 0, 4);
  mig_le_store(head + 8, MIG_MAC_SIZE, 8);
  sink_put(s, head, sizeof head);
  sink_flush(s); /* the HMAC has had everything up to here */
  s->keyed = 0;
  mig_hmac_final(&s->mac, mac);
  sink_put(s, mac, sizeof mac);
}

/* The END section: its tag and length, then the checksum of everything
 * before the checksum itself. */
static void put_end(sink *s) {
  unsigned char trailer[24];
  mig_le_store(trailer, MIG_SEC_END, 4);
  mig_le_store(trailer + 4, 0, 4);
  mig_le_store(trailer + 8, 8, 8);
  sink_put(s, trailer, 16);
  sink_flush(s);
  mig_le_store(trailer + 16, mig_hash_final(&s->hash), 8);
  if (!s->failed && write_fully(s->fd, trailer + 16, 8)) s->failed = 1;
}

static int write_all(int fd, const mig_buf *meta, const writer *w, const unsigned char *key,
                     size_t keylen) {
  static unsigned char gather[WRITE_PIECE]; /* one writer at a time (world stopped) */
  sink s = {.fd = fd, .buf = gather};
  mig_hash_init(&s.hash);
  if (key) {
    s.keyed = 1;
    mig_hmac_init(&s.mac, key, keylen);
  }
  sink_put(&s, meta->data, meta->len);
  put_data(&s, w, meta->len);
  if (key) put_mac(&s);
  put_end(&s);
  return s.failed ? -1 : 0;
}

static int write_file(const char *path, const mig_buf *meta, const writer *w,
                      const unsigned char *key, size_t keylen) {
  if (!mig_ckpt_target_ok(path)) return -1;
  mig_ckpt_clean_debris(path);
  char *tmp = mig_ckpt_tmp_name(path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    fprintf(stderr, "mig: checkpoint failed: cannot create %s: %s\n", tmp, strerror(errno));
    free(tmp);
    return -1;
  }
  int rc = write_all(fd, meta, w, key, keylen);
  if (rc == 0) rc = fsync(fd);
  /* The file is durable: its pages in the page cache are clean and a
   * checkpoint is read back rarely, if ever, on this machine. Dropping them
   * gives the memory back at once, so the next checkpoint writes into warm
   * pages instead of taking fresh ones (which costs more than the copy on
   * a virtual machine) and a large checkpoint does not push the program's
   * own file data out of the cache. */
  if (rc == 0) posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  if (close(fd) != 0) rc = -1;
  if (rc == 0) rc = rename(tmp, path);
  if (rc != 0) {
    fprintf(stderr, "mig: checkpoint failed: cannot write %s: %s\n", path, strerror(errno));
    unlink(tmp);
  } else {
    /* Make the rename itself durable. */
    char *dir = mig_xstrdup(path), *slash = strrchr(dir, '/');
    if (slash) *(slash == dir ? slash + 1 : slash) = 0;
    int dfd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      fsync(dfd);
      close(dfd);
    }
    free(dir);
  }
  free(tmp);
  return rc;
}

static void writer_free(writer *w) {
  mig_memmap_end();
  free(w->objs);
  free(w->frames);
  free(w->threads);
  free(w->mutexes);
  free(w->types);
  mig_objmap_free(&w->map);
  mig_ptrmap_free(&w->type_index);
}

int mig_write_checkpoint(const char *path) {
  writer w;
  memset(&w, 0, sizeof w);
  for (unsigned k = 0; k < mig_nkinds; k++)
    if (mig_kinds[k].collect) mig_kinds[k].collect(&w);
  validate(&w);
  if (w.refused) {
    writer_free(&w);
    return -1;
  }

  mig_buf meta = {0};
  mig_buf_reserve(&meta, meta_estimate(&w)); /* one allocation, huge pages */
  mig_buf_put(&meta, MIG_MAGIC, MIG_MAGIC_SIZE);
  mig_buf_u32(&meta, MIG_FORMAT_VERSION);
  mig_buf_u32(&meta, MIG_HEADER_SIZE);
  mig_buf_u64(&meta, mig_fingerprint());
  mig_buf_u64(&meta, 0); /* file size, patched below */
  put_arch(&meta);
  put_program(&meta);
  put_types(&w, &meta);
  put_symbols(&w, &meta);
  size_t *patch = put_objects(&w, &meta);
  for (unsigned k = 0; k < mig_nkinds; k++)
    if (mig_kinds[k].put) mig_kinds[k].put(&w, &meta);
  size_t data_sec = mig_w_begin_section(&meta, MIG_SEC_DATA);

  /* Lay the objects out after the metadata, each 16-byte aligned. */
  uint64_t off = meta.len;
  for (size_t i = 0; i < w.nobjs; i++) {
    if (w.objs[i].kind == MIG_OBJ_RODATA) continue; /* no bytes, offset 0 */
    off += (MIG_DATA_ALIGN - off % MIG_DATA_ALIGN) % MIG_DATA_ALIGN;
    mig_le_store(meta.data + patch[i], off, 8);
    off += w.objs[i].nbytes;
  }
  uint64_t data_len = off - meta.len;
  mig_le_store(meta.data + data_sec - 8, data_len, 8);
  off += (8 - off % 8) % 8;
  size_t keylen;
  const unsigned char *key = mig_key(&keylen);
  if (key) off += 16 + MIG_MAC_SIZE;
  off += 24; /* END */
  mig_le_store(meta.data + 24, off, 8);

  int rc = write_file(path, &meta, &w, key, keylen); /* hashes as it writes */
  free(patch);
  mig_buf_free(&meta);
  writer_free(&w);
  return rc;
}
