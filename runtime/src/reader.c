/*===- reader.c - Parsing and validating a checkpoint file ----------------===*/
#include "reader.h"
#include "checksum.h"
#include "hmac.h"
#include "util.h"
#include <mig/typeinfo.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*--- Arena: one owner for all parsed tables ---------------------------------*/
struct mig_arena_block {
  mig_arena_block *next;
  max_align_t data[];
};

static void *arena_alloc(mig_ckpt *c, size_t n) {
  /* calloc: a large table gets fresh zero pages from the kernel, not a
   * memset pass over hundreds of MiB (2 M objects: 112 MiB). */
  mig_arena_block *b = calloc(1, sizeof *b + (n ? n : 1));
  if (!b) return NULL;
  mig_hint_huge(b, sizeof *b + n);
  b->next = c->arena;
  c->arena = b;
  return b->data;
}

void mig_ckpt_free(mig_ckpt *c) {
  while (c->arena) {
    mig_arena_block *n = c->arena->next;
    free(c->arena);
    c->arena = n;
  }
  memset(c, 0, sizeof *c);
}

/*--- Cursor over a bounded region -----------------------------------------*/
typedef struct cur {
  const unsigned char *p, *end;
  mig_ckpt *c;
  int bad;           /* a read went out of bounds or an allocation failed */
} cur;

static int need(cur *r, size_t n) {
  if (r->bad || (size_t)(r->end - r->p) < n) {
    r->bad = 1;
    return 0;
  }
  return 1;
}
static uint64_t rd(cur *r, unsigned n) {
  if (!need(r, n)) return 0;
  uint64_t v = mig_le_load(r->p, n);
  r->p += n;
  return v;
}
#define U8(r) ((uint8_t)rd(r, 1))
#define U16(r) ((uint16_t)rd(r, 2))
#define U32(r) ((uint32_t)rd(r, 4))
#define U64(r) (rd(r, 8))

static const char *rd_str(cur *r) {
  uint32_t n = U32(r);
  if (n == 0 || !need(r, n)) return ""; /* many objects have no name */
  char *s = arena_alloc(r->c, (size_t)n + 1);
  if (!s) {
    r->bad = 1;
    return "";
  }
  memcpy(s, r->p, n);
  s[n] = 0;
  for (uint32_t i = 0; i < n; i++) /* names end up in one-line messages */
    if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) r->bad = 1;
  r->p += n;
  return s;
}

/* Allocate a table of n entries after checking the region can hold n
 * entries of at least min_entry bytes (so a corrupt count cannot make us
 * allocate gigabytes). */
static void *rd_table(cur *r, uint32_t n, size_t min_entry, size_t entry_size) {
  if (r->bad || (size_t)(r->end - r->p) / min_entry < n) {
    r->bad = 1;
    return NULL;
  }
  void *t = arena_alloc(r->c, (size_t)n * entry_size);
  if (!t) r->bad = 1;
  return t;
}

#define FAIL(...)                                                            \
  do {                                                                       \
    snprintf(err, errlen, __VA_ARGS__);                                      \
    return -1;                                                               \
  } while (0)

/*--- Sections --------------------------------------------------------------*/
/* The scalar sizes a sender may declare: those of the ILP32 and LP64
 * targets the converter handles. Anything else (a 24-byte pointer) would
 * make the integer loaders shift past their 128 bits. */
static int arch_size_ok(const mig_arch *a, unsigned k) {
  unsigned s = a->size[k];
  switch (k) {
  case MIG_K_BOOL: case MIG_K_CHAR: case MIG_K_SCHAR: case MIG_K_UCHAR: return s == 1;
  case MIG_K_SHORT: case MIG_K_USHORT: return s == 2;
  case MIG_K_INT: case MIG_K_UINT: case MIG_K_FLOAT: return s == 4;
  case MIG_K_LONG: case MIG_K_ULONG: case MIG_K_PTR: case MIG_K_FNPTR: return s == 4 || s == 8;
  case MIG_K_LLONG: case MIG_K_ULLONG: case MIG_K_DOUBLE: case MIG_K_CFLOAT: return s == 8;
  case MIG_K_INT128: case MIG_K_UINT128: return s == 0 || s == 16;
  case MIG_K_CDOUBLE: return s == 16;
  case MIG_K_LDOUBLE:
    return a->ldouble_format == MIG_LD_BINARY64 ? s == 8
           : a->ldouble_format == MIG_LD_X87   ? s == 12 || s == 16
                                               : s == 16;
  case MIG_K_CLDOUBLE: return s == 2 * a->size[MIG_K_LDOUBLE];
  default: return s == 0; /* aggregates, enums: sizes are per type */
  }
}

static int parse_arch(cur *r, mig_ckpt *c, char *err, size_t errlen) {
  mig_arch *a = &c->arch;
  memset(a, 0, sizeof *a);
  a->byte_order = U8(r);
  a->char_signed = U8(r);
  a->ldouble_format = U8(r);
  unsigned nk = U8(r);
  if (nk != MIG_ARCH_NKINDS) FAIL("architecture record has %u kinds, expected %u", nk, MIG_ARCH_NKINDS);
  for (unsigned k = 0; k < nk; k++) {
    a->size[k] = U8(r);
    a->align[k] = U8(r);
  }
  const char *m = rd_str(r);
  snprintf(a->machine, sizeof a->machine, "%s", m);
  if (r->bad) FAIL("truncated architecture record");
  if (a->byte_order != MIG_BO_LITTLE && a->byte_order != MIG_BO_BIG)
    FAIL("bad byte order %u", a->byte_order);
  if (a->ldouble_format < MIG_LD_BINARY64 || a->ldouble_format > MIG_LD_DOUBLEDOUBLE)
    FAIL("bad long double format %u", a->ldouble_format);
  for (unsigned k = 0; k < nk; k++)
    if (!arch_size_ok(a, k) || a->align[k] > 16 || (a->align[k] & (a->align[k] - 1)) ||
        (a->size[k] != 0) != (a->align[k] != 0))
      FAIL("bad size %u or alignment %u for %s", a->size[k], a->align[k], mig_kind_name(k));
  return 0;
}

static int parse_program(cur *r, mig_ckpt *c, char *err, size_t errlen) {
  c->program = rd_str(r);
  c->polls = U64(r);
  c->checkpoints = U64(r);
  c->abi_version = U32(r);
  if (r->bad) FAIL("truncated program record");
  return 0;
}

static int check_field(const mig_ckpt *c, const mig_rtype *t, const mig_rfield *f,
                       char *err, size_t errlen) {
  const mig_rtype *ft = &c->types[f->type];
  if (f->bit_width) {
    /* The field's other bits follow its lowest one upwards through the
     * bytes on a little-endian sender, downwards on a big-endian one. */
    uint64_t at = f->bit_offset, msb_first = at / 8 * 8 + (7 - at % 8);
    int fits = c->arch.byte_order == MIG_BO_BIG
                   ? at < t->size * 8 && msb_first + 1 >= f->bit_width
                   : at + f->bit_width <= t->size * 8;
    if (f->bit_width > 128 || f->count != 1 || !mig_kind_is_scalar(ft->kind) || !fits)
      FAIL("type %s: bad bitfield %s", t->name, f->name);
    return 0;
  }
  if (f->count && ft->size > (t->size - (f->offset <= t->size ? f->offset : t->size)) / f->count)
    FAIL("type %s: field %s lies outside the type", t->name, f->name);
  if (f->offset > t->size) FAIL("type %s: field %s lies outside the type", t->name, f->name);
  return 0;
}

static int parse_types(cur *r, mig_ckpt *c, char *err, size_t errlen) {
  uint32_t n = U32(r);
  c->ntypes = n;
  c->types = rd_table(r, n, 32, sizeof *c->types);
  if (r->bad) FAIL("truncated type table");
  unsigned char *depth = n ? arena_alloc(c, n) : NULL;
  if (n && !depth) FAIL("out of memory");
  for (uint32_t i = 0; i < n; i++) {
    mig_rtype *t = &c->types[i];
    t->name = rd_str(r);
    t->kind = U32(r);
    t->flags = U32(r);
    t->size = U64(r);
    t->align = U64(r);
    t->nfields = U32(r);
    if (r->bad) FAIL("truncated type table");
    if (t->kind == MIG_K_INVALID || t->kind > MIG_K_PTRINT)
      FAIL("type %s has bad kind %u", t->name, t->kind);
    if (t->size > (1ull << 40) || (t->align & (t->align - 1)))
      FAIL("type %s has bad size or alignment", t->name);
    if (mig_kind_is_scalar(t->kind) && t->kind != MIG_K_ENUM &&
        t->size != c->arch.size[t->kind])
      FAIL("scalar type %s has size %llu, architecture says %u", t->name,
           (unsigned long long)t->size, c->arch.size[t->kind]);
    if (t->kind == MIG_K_ENUM && t->size != 1 && t->size != 2 && t->size != 4 &&
        t->size != 8)
      FAIL("enum type %s has bad size", t->name);
    if (t->kind == MIG_K_PTRINT && t->size != 4 && t->size != 8)
      FAIL("pointer-carrying integer type %s has bad size", t->name);
    int is_agg = t->kind == MIG_K_STRUCT || t->kind == MIG_K_UNION;
    if (!is_agg && t->nfields) FAIL("type %s: only structs and unions have fields", t->name);
    t->fields = rd_table(r, t->nfields, 32, sizeof *t->fields);
    if (r->bad) FAIL("truncated type table");
    t->has_ptr = t->kind == MIG_K_PTR || t->kind == MIG_K_FNPTR || t->kind == MIG_K_PTRINT;
    unsigned d = 1;
    for (uint32_t j = 0; j < t->nfields; j++) {
      mig_rfield *f = &t->fields[j];
      f->name = rd_str(r);
      f->type = U32(r);
      f->offset = U64(r);
      f->count = U64(r);
      f->bit_width = U16(r);
      (void)U16(r);
      f->bit_offset = U32(r);
      if (r->bad) FAIL("truncated type table");
      /* Post-order: fields refer to earlier types, so there are no cycles. */
      if (f->type >= i) FAIL("type %s: field %s refers to type #%u", t->name, f->name, f->type);
      if (check_field(c, t, f, err, errlen)) return -1;
      if (c->types[f->type].has_ptr) t->has_ptr = 1;
      if (depth[f->type] + 1u > d) d = depth[f->type] + 1u;
    }
    if (d > MIG_MAX_TYPE_DEPTH) FAIL("type %s is nested too deeply", t->name);
    depth[i] = (unsigned char)d;
  }
  return 0;
}

static int parse_syms(cur *r, mig_ckpt *c, int with_size, mig_rsym **out,
                      uint32_t *nout, const char *what, char *err, size_t errlen) {
  uint32_t n = U32(r);
  mig_rsym *s = rd_table(r, n, with_size ? 20 : 12, sizeof *s);
  for (uint32_t i = 0; i < n && !r->bad; i++) {
    s[i].name = rd_str(r);
    s[i].addr = U64(r);
    s[i].size = with_size ? U64(r) : 0;
  }
  if (r->bad) FAIL("truncated %s table", what);
  *out = s;
  *nout = n;
  return 0;
}

static int parse_specials(cur *r, mig_ckpt *c, char *err, size_t errlen) {
  uint32_t n = U32(r);
  c->specials = rd_table(r, n, 12, sizeof *c->specials);
  c->nspecials = n;
  for (uint32_t i = 0; i < n && !r->bad; i++) {
    c->specials[i].id = U32(r);
    c->specials[i].addr = U64(r);
    if (c->specials[i].id < MIG_SPECIAL_STDIN || c->specials[i].id > MIG_SPECIAL_STDERR)
      FAIL("bad special pointer id %u", c->specials[i].id);
  }
  if (r->bad) FAIL("truncated specials table");
  return 0;
}

/* Objects' data must lie inside the DATA section, which is parsed later:
 * offsets are checked against it in check_object_data(). */
static int parse_objects(cur *r, mig_ckpt *c, char *err, size_t errlen) {
  uint32_t n = U32(r);
  c->objects = rd_table(r, n, 44, sizeof *c->objects);
  c->nobjects = n;
  for (uint32_t i = 0; i < n && !r->bad; i++) {
    mig_robject *o = &c->objects[i];
    o->kind = U8(r);
    (void)rd(r, 3);
    o->type = U32(r);
    o->name = rd_str(r);
    o->addr = U64(r);
    o->count = U64(r);
    o->nbytes = U64(r);
    o->offset = U64(r);
    if (r->bad) break;
    if (o->kind < MIG_OBJ_GLOBAL || o->kind > MIG_OBJ_LAST)
      FAIL("object #%u has bad kind %u", i, o->kind);
    if (o->type >= c->ntypes) FAIL("object #%u has bad type #%u", i, o->type);
    const mig_rtype *t = &c->types[o->type];
    if (t->kind == MIG_K_UNSAFE) FAIL("object #%u has an unsafe type", i);
    if (t->size == 0 ? o->count != 0 : o->count > o->nbytes / t->size)
      FAIL("object #%u: %llu elements of %s do not fit in %llu bytes", i,
           (unsigned long long)o->count, t->name, (unsigned long long)o->nbytes);
  }
  if (r->bad) FAIL("truncated object table");
  return 0;
}

/* buf NULL: a streamed restore, whose bytes are not here yet. */
static int check_object_data(mig_ckpt *c, const unsigned char *buf, uint64_t dbeg,
                             uint64_t dend, char *err, size_t errlen) {
  for (uint32_t i = 0; i < c->nobjects; i++) {
    mig_robject *o = &c->objects[i];
    uint64_t off = o->offset;
    if (o->kind == MIG_OBJ_RODATA) { /* an address range without bytes */
      if (off) FAIL("object #%u: read-only global with data", i);
      o->data = NULL;
      continue;
    }
    if (off < dbeg || off > dend || o->nbytes > dend - off)
      FAIL("object #%u: data outside the data section", i);
    o->data = buf ? buf + off : NULL;
  }
  return 0;
}

static int frame_obj_ok(const mig_ckpt *c, int32_t idx, unsigned kind) {
  return idx == -1 ||
         (idx >= 0 && (uint32_t)idx < c->nobjects && c->objects[idx].kind == kind);
}

/* count consecutive objects of `kind` from first (count 0: none). */
static int obj_range_ok(const mig_ckpt *c, int32_t first, uint32_t count, unsigned kind) {
  if (!count) return 1;
  if (first < 0 || (uint32_t)first >= c->nobjects || count > c->nobjects - (uint32_t)first)
    return 0;
  for (uint32_t k = 0; k < count; k++)
    if (c->objects[(uint32_t)first + k].kind != kind) return 0;
  return 1;
}

static int parse_frames(cur *r, mig_ckpt *c, mig_rthread *t, char *err, size_t errlen) {
  t->nframes = U32(r);
  t->frames = rd_table(r, t->nframes, 24, sizeof *t->frames);
  for (uint32_t j = 0; j < t->nframes && !r->bad; j++) {
    mig_rframe *f = &t->frames[j];
    f->func = rd_str(r);
    f->site = U32(r);
    f->regframe = (int32_t)U32(r);
    f->shadow = (int32_t)U32(r);
    f->first_alloca = (int32_t)U32(r);
    f->nallocas = U32(r);
    if (r->bad) break;
    if (!frame_obj_ok(c, f->regframe, MIG_OBJ_REGFRAME) ||
        !frame_obj_ok(c, f->shadow, MIG_OBJ_SHADOW))
      FAIL("frame %s refers to a bad object", f->func);
    if (!obj_range_ok(c, f->first_alloca, f->nallocas, MIG_OBJ_ALLOCA))
      FAIL("frame %s refers to bad alloca objects", f->func);
  }
  return 0;
}

static int parse_thread(cur *r, mig_ckpt *c, uint32_t i, char *err, size_t errlen) {
  mig_rthread *t = &c->threads[i];
  t->id = U64(r);
  t->state = U8(r);
  t->flags = U8(r);
  (void)U16(r);
  t->start = rd_str(r);
  t->arg = U64(r);
  t->retval = U64(r);
  t->stacksize = U64(r);
  t->nheld = U32(r);
  t->held = rd_table(r, t->nheld, 8, sizeof *t->held);
  for (uint32_t k = 0; k < t->nheld && !r->bad; k++) t->held[k] = U64(r);
  t->first_tls = (int32_t)U32(r);
  t->ntls = U32(r);
  if (r->bad) return 0;
  /* Ids are positions: the program's pthread_t values must not move. */
  if (t->id != (uint64_t)i + 1) FAIL("thread #%u has id %llu", i, (unsigned long long)t->id);
  if (t->state < MIG_THR_RUNNING || t->state > MIG_THR_JOINED || (t->flags & ~MIG_THRF_DETACHED))
    FAIL("thread %llu has bad state %u", (unsigned long long)t->id, t->state);
  if ((i == 0) != (t->start[0] == 0)) FAIL("thread %llu has a bad start routine", (unsigned long long)t->id);
  if (!obj_range_ok(c, t->first_tls, t->ntls, MIG_OBJ_TLS))
    FAIL("thread %llu refers to bad thread-local objects", (unsigned long long)t->id);
  if (parse_frames(r, c, t, err, errlen)) return -1;
  if (t->state != MIG_THR_RUNNING && (t->nframes || t->ntls || t->nheld))
    FAIL("thread %llu is not running but has frames", (unsigned long long)t->id);
  return 0;
}

static int parse_threads(cur *r, mig_ckpt *c, char *err, size_t errlen) {
  uint32_t n = U32(r);
  c->threads = rd_table(r, n, 56, sizeof *c->threads);
  c->nthreads = n;
  if (!r->bad && n == 0) FAIL("checkpoint has no threads");
  for (uint32_t i = 0; i < n && !r->bad; i++)
    if (parse_thread(r, c, i, err, errlen)) return -1;
  if (!r->bad && c->threads[0].state != MIG_THR_RUNNING) FAIL("the main thread is not running");
  c->nmutexes = U32(r);
  c->mutexes = rd_table(r, c->nmutexes, 12, sizeof *c->mutexes);
  for (uint32_t k = 0; k < c->nmutexes && !r->bad; k++) {
    c->mutexes[k].addr = U64(r);
    c->mutexes[k].type = U32(r);
    if (c->mutexes[k].type > MIG_MUTEX_ADAPTIVE) FAIL("mutex has bad type %u", c->mutexes[k].type);
    if (k && c->mutexes[k].addr <= c->mutexes[k - 1].addr) FAIL("mutex table is not sorted");
  }
  if (r->bad) FAIL("truncated thread table");
  return 0;
}

/*--- Whole file -------------------------------------------------------------*/
/* The fixed header, checked before the rest of the file is even read (a
 * huge file that is not a checkpoint is refused at once). */
int mig_ckpt_check_header(const unsigned char *buf, size_t hlen, uint64_t file_len,
                          char *err, size_t errlen) {
  if (file_len == 0) FAIL("file is empty");
  if (hlen < MIG_HEADER_SIZE || memcmp(buf, MIG_MAGIC, MIG_MAGIC_SIZE) != 0)
    FAIL("not a migcc checkpoint (bad magic)");
  uint32_t version = (uint32_t)mig_le_load(buf + 8, 4);
  if (version != MIG_FORMAT_VERSION)
    FAIL("checkpoint format version %u, this runtime reads version %u", version,
         MIG_FORMAT_VERSION);
  if (mig_le_load(buf + 12, 4) != MIG_HEADER_SIZE) FAIL("bad header size");
  uint64_t size = mig_le_load(buf + 24, 8);
  if (size != file_len)
    FAIL("file is %llu bytes, header says %llu (truncated?)", (unsigned long long)file_len,
         (unsigned long long)size);
  if (file_len < MIG_HEADER_SIZE + 24) FAIL("file is truncated");
  return 0;
}

/* Where the MAC section would be: the 48 bytes before END's 24. */
#define MAC_SEC_BYTES (16u + MIG_MAC_SIZE)
#define END_SEC_BYTES 24u

int mig_ckpt_verify_mac(const unsigned char *buf, size_t len, const void *key, size_t keylen,
                        char *err, size_t errlen) {
  if (len < MIG_HEADER_SIZE + MAC_SEC_BYTES + END_SEC_BYTES)
    FAIL("checkpoint has no MAC (MIG_KEY is set: only authenticated checkpoints are read)");
  const unsigned char *sec = buf + len - END_SEC_BYTES - MAC_SEC_BYTES;
  if (mig_le_load(sec, 4) != MIG_SEC_MAC || mig_le_load(sec + 4, 4) != 0 ||
      mig_le_load(sec + 8, 8) != MIG_MAC_SIZE)
    FAIL("checkpoint has no MAC (MIG_KEY is set: only authenticated checkpoints are read)");
  unsigned char mac[MIG_SHA256_SIZE];
  mig_hmac_sha256(key, keylen, buf, (size_t)(sec + 16 - buf), mac);
  if (!mig_mac_equal(mac, sec + 16, MIG_MAC_SIZE))
    FAIL("MAC mismatch (wrong key, or the file was altered)");
  return 0;
}

/* meta (a streamed restore): buf holds the file up to DATA's section
 * header; the parse stops there and returns DATA's place in *data_off,
 * *data_len. */
static int parse(const unsigned char *buf, size_t len, int verify_checksum, mig_ckpt *c,
                 const uint64_t *meta_file_size, uint64_t *data_off, uint64_t *data_len,
                 char *err, size_t errlen) {
  uint64_t file_size = meta_file_size ? *meta_file_size : len;
  if (mig_ckpt_check_header(buf, len, file_size, err, errlen)) return -1;
  c->version = (uint32_t)mig_le_load(buf + 8, 4);
  c->fingerprint = mig_le_load(buf + 16, 8);
  c->file_size = mig_le_load(buf + 24, 8);
  if (!meta_file_size) {
    c->checksum = mig_le_load(buf + len - 8, 8);
    if (verify_checksum && mig_hash64(buf, len - 8) != c->checksum)
      FAIL("checksum mismatch (file is corrupt)");
  }

  cur r = {buf + MIG_HEADER_SIZE, buf + len, c, 0};
  int rc = 0;
  for (unsigned tag = MIG_SEC_ARCH; tag <= MIG_SEC_END && rc == 0; tag++) {
    if (!need(&r, 16)) FAIL("file is truncated before section %u", tag);
    unsigned t = (unsigned)rd(&r, 4);
    (void)rd(&r, 4);
    uint64_t n = rd(&r, 8);
    if (meta_file_size && tag == MIG_SEC_DATA) {
      uint64_t beg = (uint64_t)(r.p - buf);
      if (t != tag) FAIL("expected section %u, found %u", tag, t);
      if (n > file_size - beg) FAIL("section %u is truncated", tag);
      if (r.p != r.end) FAIL("section %u is misplaced", tag);
      *data_off = beg;
      *data_len = n;
      return check_object_data(c, NULL, beg, beg + n, err, errlen);
    }
    if (tag == MIG_SEC_END && t == MIG_SEC_MAC && !c->has_mac) { /* optional */
      if (n != MIG_MAC_SIZE || (size_t)(r.end - r.p) != MIG_MAC_SIZE + END_SEC_BYTES)
        FAIL("bad MAC section");
      c->has_mac = 1;
      r.p += n;
      tag--;
      continue;
    }
    if (t != tag) FAIL("expected section %u, found %u", tag, t);
    if (n > (uint64_t)(r.end - r.p)) FAIL("section %u is truncated", tag);
    cur s = {r.p, r.p + n, c, 0};
    uint64_t beg = (uint64_t)(r.p - buf);
    switch (tag) {
    case MIG_SEC_ARCH: rc = parse_arch(&s, c, err, errlen); break;
    case MIG_SEC_PROGRAM: rc = parse_program(&s, c, err, errlen); break;
    case MIG_SEC_TYPES: rc = parse_types(&s, c, err, errlen); break;
    case MIG_SEC_FUNCS:
      rc = parse_syms(&s, c, 0, &c->funcs, &c->nfuncs, "function", err, errlen);
      break;
    case MIG_SEC_LITERALS:
      rc = parse_syms(&s, c, 1, &c->literals, &c->nliterals, "literal", err, errlen);
      break;
    case MIG_SEC_SPECIALS: rc = parse_specials(&s, c, err, errlen); break;
    case MIG_SEC_OBJECTS: rc = parse_objects(&s, c, err, errlen); break;
    case MIG_SEC_THREADS: rc = parse_threads(&s, c, err, errlen); break;
    case MIG_SEC_DATA:
      s.p = s.end; /* raw bytes */
      rc = check_object_data(c, buf, beg, beg + n, err, errlen);
      break;
    case MIG_SEC_END:
      if (n != 8) FAIL("bad end section");
      s.p = s.end;
      break;
    }
    if (rc == 0 && s.p != s.end) FAIL("section %u has %zu unexpected bytes", tag, (size_t)(s.end - s.p));
    r.p += n;
    size_t pad = (size_t)((8 - (r.p - buf) % 8) % 8);
    if (tag != MIG_SEC_END) {
      if (!need(&r, pad)) FAIL("file is truncated after section %u", tag);
      r.p += pad;
    }
  }
  if (rc == 0 && r.p != r.end) FAIL("trailing bytes after the end section");
  return rc;
}

int mig_ckpt_parse(const unsigned char *buf, size_t len, int verify_checksum,
                   mig_ckpt *c, char *err, size_t errlen) {
  memset(c, 0, sizeof *c);
  if (errlen) err[0] = 0;
  if (parse(buf, len, verify_checksum, c, NULL, NULL, NULL, err, errlen) == 0) return 0;
  mig_ckpt_free(c);
  return -1;
}

int mig_ckpt_parse_meta(const unsigned char *buf, size_t len, uint64_t file_size,
                        mig_ckpt *c, uint64_t *data_off, uint64_t *data_len, char *err,
                        size_t errlen) {
  memset(c, 0, sizeof *c);
  if (errlen) err[0] = 0;
  if (len <= file_size &&
      parse(buf, len, 0, c, &file_size, data_off, data_len, err, errlen) == 0)
    return 0;
  if (len > file_size && errlen) snprintf(err, errlen, "file is truncated");
  mig_ckpt_free(c);
  return -1;
}

int mig_read_file(const char *path, unsigned char **bufp, size_t *lenp, char *err,
                  size_t errlen) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) FAIL("cannot open %s: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    FAIL("%s is not a regular file", path);
  }
  size_t len = (size_t)st.st_size, got = 0;
  unsigned char head[MIG_HEADER_SIZE];
  ssize_t hn = pread(fd, head, sizeof head, 0);
  if (mig_ckpt_check_header(head, hn > 0 ? (size_t)hn : 0, len, err, errlen)) {
    close(fd);
    return -1;
  }
  unsigned char *buf = malloc(len ? len : 1);
  if (!buf) {
    close(fd);
    FAIL("%s: out of memory", path);
  }
  while (got < len) {
    ssize_t k = read(fd, buf + got, len - got);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) {
      free(buf);
      close(fd);
      FAIL("cannot read %s: %s", path, k < 0 ? strerror(errno) : "short read");
    }
    got += (size_t)k;
  }
  close(fd);
  *bufp = buf;
  *lenp = len;
  return 0;
}

const char *mig_object_kind_name(unsigned kind) {
  switch (kind) {
  case MIG_OBJ_GLOBAL: return "global";
  case MIG_OBJ_HEAP: return "heap";
  case MIG_OBJ_SHADOW: return "shadow frame";
  case MIG_OBJ_REGFRAME: return "register frame";
  case MIG_OBJ_ARGV: return "argv";
  case MIG_OBJ_ENVP: return "envp";
  case MIG_OBJ_STRING: return "string";
  case MIG_OBJ_ALLOCA: return "alloca";
  case MIG_OBJ_RODATA: return "read-only global";
  case MIG_OBJ_TLS: return "thread-local global";
  default: return "unknown";
  }
}
