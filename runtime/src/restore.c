/*===- restore.c - Reading a checkpoint back into this process ------------===*
 * Receiver makes right. Every object gets a place in this process first
 * (globals in place, heap blocks reallocated and registered, shadow frames
 * and allocas exactly where the rewinding pushes will land, register frames
 * in the frame-record storage), then each object is converted from the
 * sender's layout: a bulk copy when the layouts are identical, field by
 * field otherwise, and every pointer is re-based: sender address -> (object,
 * element, field, byte offset) -> the same place in this layout. Function
 * pointers go by name. Any inconsistency is a one-line error and exit 2.
 *===----------------------------------------------------------------------===*/
#include "restore.h"
#include "counters.h"
#include "config.h"
#include "frames.h"
#include "heap.h"
#include "process.h"
#include "registry.h"
#include "shadow.h"
#include "state_jmpbuf.h"
#include "state_mutexes.h"
#include "state_pointers.h"
#include "threads.h"
#include "types.h"
#include "util.h"
#include "objmap.h"
#include "reader.h"
#include "validate.h"
#include "key.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef struct rctx {
  const char *path;
  mig_ckpt c;
  mig_arch self;
  const __mig_type **rtype;   /* per object: this process's type        */
  unsigned char **raddr;      /* per object: where it lives now          */
  uint64_t *rbytes;           /* per object: its size here               */
  const unsigned char **lit;  /* per literal: address here (NULL: none) */
  uint64_t *litsize;
  int8_t *same;               /* per sender type: layout identical here? */
  const __mig_type **by_sidx; /* per sender type: this process's type    */
  int8_t *checked;            /* per sender type: struct fields matched  */
  mig_objmap map;             /* sender ranges of objects and literals   */
  mig_ptrmap fnames;          /* sender function address -> name        */
  const char *what;           /* object being converted, for messages    */
  const mig_robject *obj;     /* object being converted                  */
  mig_thread **thr;           /* per checkpoint thread: its record here  */
  uint64_t map_lo, map_hi;    /* span of `map` (scan_untyped), once      */
  int map_span_known;
  const char *fpath[8];       /* field names down to the value converted */
  unsigned depth;             /* (frames: path[0] is the variable)       */
} rctx;

static rctx *cur_ctx;

_Noreturn __attribute__((format(printf, 1, 2))) static void fail(const char *fmt, ...) {
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (cur_ctx && cur_ctx->what && cur_ctx->depth) {
    char where[256];
    size_t used = 0;
    unsigned shown = cur_ctx->depth < 8 ? cur_ctx->depth : 8;
    where[0] = 0;
    for (unsigned i = 0; i < shown && used < sizeof where; i++)
      used += (size_t)snprintf(where + used, sizeof where - used, "%s%s", i ? "." : "",
                               cur_ctx->fpath[i]);
    int frame = cur_ctx->obj && (cur_ctx->obj->kind == MIG_OBJ_REGFRAME ||
                                 cur_ctx->obj->kind == MIG_OBJ_SHADOW);
    mig_fatal("cannot restore %s: %s: %s %s: %s", cur_ctx->path, cur_ctx->what,
              frame ? "variable" : "member", where, msg);
  }
  if (cur_ctx && cur_ctx->what)
    mig_fatal("cannot restore %s: %s: %s", cur_ctx->path, cur_ctx->what, msg);
  mig_fatal("cannot restore %s: %s", cur_ctx ? cur_ctx->path : "checkpoint", msg);
}

/*--- Layout comparison and offset re-basing ---------------------------------*/
/* 1 when sender type si and receiver type r have the same bytes for the
 * same values (apart from pointers, which are patched anyway), so a copy
 * converts them: same sizes, offsets, bit positions, byte order and, for
 * long double, the same format. x86-64 and AArch64 agree on most types, so
 * most data crosses with memcpy. */
static int same_layout(rctx *x, uint32_t si, const __mig_type *r) {
  if (x->same[si] >= 0) return x->same[si];
  const mig_rtype *s = &x->c.types[si];
  int same = s->kind == r->kind && s->size == r->size && s->nfields == r->nfields &&
             s->kind != MIG_K_UNSAFE && s->kind != MIG_K_MUTEX && s->kind != MIG_K_COND &&
             x->c.arch.byte_order == x->self.byte_order;
  if (s->kind == MIG_K_LDOUBLE || s->kind == MIG_K_CLDOUBLE)
    same = same && x->c.arch.ldouble_format == x->self.ldouble_format;
  const mig_typeinfo *ti = mig_typeinfo_of(r);
  for (uint32_t i = 0; same && i < s->nfields; i++) {
    const mig_rfield *sf = &s->fields[i];
    const __mig_field *rf = &r->fields[i];
    same = sf->offset == rf->offset && sf->count == rf->count &&
           sf->bit_width == rf->bit_width &&
           (!sf->bit_width || (ti->bit_offset && sf->bit_offset == ti->bit_offset[i])) &&
           same_layout(x, sf->type, rf->type);
  }
  x->same[si] = (int8_t)same;
  return same;
}

static uint64_t map_offset(rctx *x, uint32_t si, const __mig_type *r, uint64_t off);

/* Offset `rem` inside one element of sender type si -> same place in r. */
static uint64_t map_within(rctx *x, uint32_t si, const __mig_type *r, uint64_t rem) {
  const mig_rtype *s = &x->c.types[si];
  if (rem == 0 || same_layout(x, si, r)) return rem;
  if (s->kind == MIG_K_STRUCT && r->kind == MIG_K_STRUCT && s->nfields == r->nfields) {
    for (uint32_t i = 0; i < s->nfields; i++) {
      const mig_rfield *f = &s->fields[i];
      uint64_t fs = x->c.types[f->type].size * f->count;
      if (!f->bit_width && rem >= f->offset && rem - f->offset < fs)
        return r->fields[i].offset + map_offset(x, f->type, r->fields[i].type, rem - f->offset);
    }
    fail("a pointer points into padding of %s", s->name);
  }
  if (rem < r->size) return rem; /* inside a scalar or union: same byte */
  fail("a pointer points to byte %llu of %s, which has %lu bytes here",
       (unsigned long long)rem, s->name, r->size);
}

static uint64_t map_offset(rctx *x, uint32_t si, const __mig_type *r, uint64_t off) {
  uint64_t ssize = x->c.types[si].size;
  if (ssize == 0) return off;
  return off / ssize * r->size + map_within(x, si, r, off % ssize);
}

/*--- Pointers ---------------------------------------------------------------*/
static uintptr_t poison_pointer(uint64_t v) {
  uintptr_t p = mig_poison_pointer(v);
  if (!p) fail("cannot reserve memory for stale pointers");
  return p;
}

static uintptr_t xlate_ptr(rctx *x, uint64_t v) {
  if (!v) return 0;
  for (uint32_t i = 0; i < x->c.nspecials; i++)
    if (x->c.specials[i].addr == v)
      switch (x->c.specials[i].id) {
      case MIG_SPECIAL_STDIN: return (uintptr_t)stdin;
      case MIG_SPECIAL_STDOUT: return (uintptr_t)stdout;
      default: return (uintptr_t)stderr;
      }
  const mig_range *rg = mig_objmap_find(&x->map, v);
  if (!rg) return poison_pointer(v);
  uint64_t off = v - rg->start;
  if (rg->id >= x->c.nobjects) {
    uint32_t l = rg->id - x->c.nobjects;
    if (!x->lit[l]) fail("string literal %s is not in this program", x->c.literals[l].name);
    if (off > x->litsize[l]) fail("pointer past the end of literal %s", x->c.literals[l].name);
    return (uintptr_t)x->lit[l] + off;
  }
  const mig_robject *o = &x->c.objects[rg->id];
  const __mig_type *r = x->rtype[rg->id];
  uint64_t elems = o->count * x->c.types[o->type].size, roff;
  if (off >= elems) roff = o->count * r->size + (off - elems); /* tail, end */
  else roff = map_offset(x, o->type, r, off);
  return (uintptr_t)x->raddr[rg->id] + roff;
}

static uintptr_t xlate_fn(rctx *x, uint64_t v) {
  uintptr_t name;
  if (!v) return 0;
  if (!mig_ptrmap_get(&x->fnames, (uintptr_t)v, &name))
    fail("function pointer %#llx is not in the checkpoint's function table", (unsigned long long)v);
  void *a = mig_function_addr((const char *)name);
  if (!a) fail("function %s is not in this program", (const char *)name);
  return (uintptr_t)a;
}

/*--- Conversion --------------------------------------------------------------*/
static void conv(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                 unsigned char *dst, uint64_t count);


/*--- C library structs: fields by name ---------------------------------------*/
/* A struct from a system header (`struct stat`, `struct timespec`, `struct
 * tm`, `div_t`, ...) is laid out by each C library its own way: glibc's
 * `struct stat` has 15 fields on x86-64 (st_nlink before st_mode, 64-bit
 * st_nlink and st_blksize, __glibc_reserved[3]) and 16 on AArch64. Such a
 * struct is converted field by field by name. Rule for a field on one side
 * only: the receiver's is zeroed, the sender's is dropped; an array field
 * with fewer elements on one side converts the common ones and zeroes the
 * rest. Integer fields of different widths or signedness convert by value (a
 * value that does not fit is an error). */
static int by_name(rctx *x, uint32_t si, const __mig_type *r) {
  const mig_rtype *s = &x->c.types[si];
  if (!(s->flags & MIG_TF_SYSTEM) || !(r->flags & MIG_TF_SYSTEM)) return 0;
  if (s->nfields != r->nfields) return 1;
  for (uint32_t i = 0; i < s->nfields; i++)
    if (strcmp(s->fields[i].name, r->fields[i].name) != 0 ||
        s->fields[i].count != r->fields[i].count ||
        x->c.types[s->fields[i].type].kind != r->fields[i].type->kind)
      return 1;
  return 0;
}

/* One field present on both sides: `n` elements. */
static void conv_named_field(rctx *x, const mig_rfield *sf, const __mig_field *rf,
                             const unsigned char *src, unsigned char *dst, uint64_t n) {
  const mig_rtype *st = &x->c.types[sf->type];
  const __mig_type *rt = rf->type;
  if (st->kind == rt->kind || !mig_is_integer_kind(st->kind) ||
      !mig_is_integer_kind(rt->kind)) {
    conv(x, sf->type, rt, src, dst, n);
    return;
  }
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  for (uint64_t e = 0; e < n; e++) {
    mig_i128 v = mig_load_int(src + e * st->size, (unsigned)st->size, sa->byte_order,
                              mig_kind_signed(sa, st->kind, st->flags));
    if (mig_store_int(dst + e * rt->size, (unsigned)rt->size, ra->byte_order,
                      mig_kind_signed(ra, rt->kind, rt->flags), v))
      fail("%s: a value of field %s does not fit in its %lu bytes here", rt->name, rf->name,
           rt->size);
  }
}

static void conv_struct_by_name(rctx *x, uint32_t si, const __mig_type *r,
                                const unsigned char *src, unsigned char *dst) {
  const mig_rtype *s = &x->c.types[si];
  memset(dst, 0, r->size); /* fields the sender lacks stay zero */
  for (uint32_t i = 0; i < r->nfields; i++) {
    const __mig_field *rf = &r->fields[i];
    const mig_rfield *sf = NULL;
    for (uint32_t j = 0; j < s->nfields && !sf; j++)
      if (strcmp(s->fields[j].name, rf->name) == 0) sf = &s->fields[j];
    if (!sf || !rf->name[0]) continue;
    if (sf->bit_width || rf->bit_width)
      fail("%s: bitfield %s of a C library struct differs", r->name, rf->name);
    uint64_t n = sf->count < rf->count ? sf->count : rf->count;
    conv_named_field(x, sf, rf, src + sf->offset, dst + rf->offset, n);
  }
}

/* The two descriptions of a struct must agree field by field (system types
 * are not covered by the fingerprint). Checked once per sender type. */
static void check_struct(rctx *x, uint32_t si, const __mig_type *r) {
  const mig_rtype *s = &x->c.types[si];
  if (x->checked[si]) return;
  if (s->nfields != r->nfields)
    fail("%s has %u fields here, %u in the checkpoint", r->name, r->nfields, s->nfields);
  const mig_typeinfo *ti = mig_typeinfo_of(r);
  for (uint32_t i = 0; i < s->nfields; i++) {
    const mig_rfield *sf = &s->fields[i];
    const __mig_field *rf = &r->fields[i];
    if (strcmp(sf->name, rf->name) != 0)
      fail("%s: field %u is %s here, %s in the checkpoint", r->name, i, rf->name, sf->name);
    if (sf->bit_width) {
      if (rf->bit_width != sf->bit_width || !ti->bit_offset || sf->bit_width > 64)
        fail("%s: bitfield %s differs", r->name, rf->name);
    } else if (sf->count != rf->count) {
      fail("%s: field %s has %lu elements here, %llu in the checkpoint", r->name, rf->name,
           rf->count, (unsigned long long)sf->count);
    }
  }
  x->checked[si] = 1;
}

static void conv_struct(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                        unsigned char *dst) {
  const mig_rtype *s = &x->c.types[si];
  const mig_typeinfo *ti = mig_typeinfo_of(r);
  if (by_name(x, si, r)) {
    conv_struct_by_name(x, si, r, src, dst);
    return;
  }
  check_struct(x, si, r);
  memset(dst, 0, r->size); /* padding, and bitfields are OR-ed in */
  for (uint32_t i = 0; i < s->nfields; i++) {
    const mig_rfield *sf = &s->fields[i];
    const __mig_field *rf = &r->fields[i];
    if (sf->bit_width)
      mig_put_bits(dst, ti->bit_offset[i], rf->bit_width, x->self.byte_order,
                   mig_get_bits(src, sf->bit_offset, sf->bit_width, x->c.arch.byte_order));
    else {
      if (x->depth < 8) x->fpath[x->depth] = sf->name;
      x->depth++; /* for messages: which variable or member */
      conv(x, sf->type, rf->type, src + sf->offset, dst + rf->offset, sf->count);
      x->depth--;
    }
  }
}

/* Pointer members of a union copied as bytes (same layout on both sides),
 * judged by their value exactly as the writer judged them: the sender
 * address of a saved object, literal, standard stream or known function is
 * translated; anything else (NULL, another member's bits, a stale pointer)
 * stays. Values are read from the sender's bytes, so two members with a
 * pointer at the same place are translated once, the same way. */
static int is_sender_object(rctx *x, uint64_t v) {
  for (uint32_t i = 0; i < x->c.nspecials; i++)
    if (x->c.specials[i].addr == v) return 1;
  return mig_objmap_find(&x->map, v) != NULL;
}

static void rebase_union_pointers(rctx *x, uint32_t si, const unsigned char *src,
                                  unsigned char *dst) {
  const mig_rtype *s = &x->c.types[si];
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  uintptr_t name;
  uint64_t v;
  switch (s->kind) {
  case MIG_K_PTR:
    v = (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order);
    if (v && is_sender_object(x, v))
      mig_store_uint(dst, (unsigned)s->size, ra->byte_order, xlate_ptr(x, v));
    return;
  case MIG_K_FNPTR:
    v = (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order);
    if (v && mig_ptrmap_get(&x->fnames, (uintptr_t)v, &name))
      mig_store_uint(dst, (unsigned)s->size, ra->byte_order, xlate_fn(x, v));
    return;
  case MIG_K_STRUCT:
  case MIG_K_UNION:
    for (uint32_t i = 0; i < s->nfields; i++) {
      const mig_rfield *f = &s->fields[i];
      uint64_t size = x->c.types[f->type].size;
      if (f->bit_width || !x->c.types[f->type].has_ptr) continue;
      for (uint64_t e = 0; e < f->count; e++)
        rebase_union_pointers(x, f->type, src + f->offset + e * size, dst + f->offset + e * size);
    }
    return;
  default: return;
  }
}

/*--- Untyped memory: a conservative scan ----------------------------------------*/
/* Memory with no type a pointer could be described by: a heap block
 * allocated where mig-pp saw no type (`p = malloc(n)` inside a wrapper
 * `xalloc`, the caller's `struct node *` unseen), a `char` array used as a
 * pool, and the bytes past a typed block's last whole element. Between ABIs
 * with the same pointer size and byte order (x86-64 and AArch64) every
 * aligned pointer-sized word whose value is the sender address of a saved
 * object, literal or standard stream is translated like a pointer.
 * False-positive risk: an integer or bytes that happen to equal such an
 * address are changed too (addresses of the sender's heap, data and shadow
 * stacks: not small numbers nor text). MIG_STRICT=1 refuses instead; so does
 * a receiver with another pointer size or byte order (untyped bytes cannot be
 * converted), naming the object and the byte. */
static int is_untyped_kind(unsigned kind) {
  return kind == MIG_K_BYTES || kind == MIG_K_CHAR || kind == MIG_K_SCHAR || kind == MIG_K_UCHAR;
}

/* Sender bytes [from, to) of object o, placed at dst (its receiver copy). */
static void scan_untyped(rctx *x, const mig_robject *o, uint64_t from, uint64_t to,
                         unsigned char *dst) {
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  unsigned ps = sa->size[MIG_K_PTR];
  if (ps == 0 || ps > 8 || to - from < ps) return;
  /* Most words are not addresses: one range test before the lookups. */
  if (!x->map_span_known) {
    x->map_lo = x->map.n ? x->map.r[0].start : UINT64_MAX;
    for (size_t k = 0; k < x->map.n; k++)
      if (x->map.r[k].start + x->map.r[k].size > x->map_hi)
        x->map_hi = x->map.r[k].start + x->map.r[k].size;
    x->map_span_known = 1;
  }
  uint64_t off = from + (ps - (o->addr + from) % ps) % ps; /* aligned in the sender */
  int fast = ps == 8 && sa->byte_order == MIG_BO_LITTLE && ra->byte_order == MIG_BO_LITTLE;
  for (; off + ps <= to; off += ps) {
    uint64_t v;
    if (fast) /* the common case: a plain load, not the generic byte loop */
      memcpy(&v, o->data + off, 8);
    else
      v = (uint64_t)mig_load_uint(o->data + off, ps, sa->byte_order);
    if (v < 4096) continue;
    uintptr_t fname;
    int is_fn = 0;
    if (v < x->map_lo || v > x->map_hi) {
      uint32_t k = 0;
      while (k < x->c.nspecials && x->c.specials[k].addr != v) k++;
      /* an interpreter keeps its C functions' addresses in untyped memory */
      if (k == x->c.nspecials && !(is_fn = mig_ptrmap_get(&x->fnames, (uintptr_t)v, &fname)))
        continue;
    } else if (!is_sender_object(x, v)) {
      continue;
    }
    if (mig_cfg.strict)
      fail("untyped memory holds what looks like a pointer at byte %llu (MIG_STRICT=1 "
           "refuses the conservative pointer scan; give the memory a type)",
           (unsigned long long)off);
    if (ps != ra->size[MIG_K_PTR] || sa->byte_order != ra->byte_order)
      fail("untyped memory holds a pointer at byte %llu, and untyped bytes cannot be "
           "converted between %s and %s (give the memory a type)",
           (unsigned long long)off, sa->machine, ra->machine);
    mig_store_uint(dst + (off - from), ps, ra->byte_order,
                   is_fn ? xlate_fn(x, v) : xlate_ptr(x, v));
  }
}

/* Object i after conversion: its untyped parts scanned. */
static void rebase_untyped(rctx *x, uint32_t i) {
  const mig_robject *o = &x->c.objects[i];
  const mig_rtype *s = &x->c.types[o->type];
  uint64_t whole = o->count * s->size;
  if (is_untyped_kind(s->kind))
    scan_untyped(x, o, 0, o->nbytes, x->raddr[i]);
  else if (o->nbytes > whole)
    scan_untyped(x, o, whole, o->nbytes, x->raddr[i] + o->count * x->rtype[i]->size);
}

/*--- Mutexes and condition variables -------------------------------------------*/
static int cmp_rmutex(const void *a, const void *b) {
  uint64_t x = ((const mig_rmutex *)a)->addr, y = ((const mig_rmutex *)b)->addr;
  return x < y ? -1 : x > y;
}

/* A mutex is rebuilt in this C library's layout with the sender's type;
 * the threads that held it lock it again before they rewind. */
static void conv_mutex(rctx *x, const unsigned char *src, unsigned char *dst) {
  mig_rmutex key = {x->obj->addr + (uint64_t)(src - x->obj->data), 0};
  const mig_rmutex *m = bsearch(&key, x->c.mutexes, x->c.nmutexes, sizeof key, cmp_rmutex);
  if (!m) fail("mutex at %#llx is not in the checkpoint's mutex table", (unsigned long long)key.addr);
  int rc = mig_mutex_init_as(dst, m->type);
  if (rc) fail("cannot initialize a mutex of type %u: %s", m->type, strerror(rc));
}

/* The runtime's own condition variable: only its clock carries over (no
 * thread waits on it when the checkpoint is taken). */
static void conv_cond(rctx *x, const __mig_type *r, const unsigned char *src,
                      unsigned char *dst) {
  unsigned clock = mig_cond_clock_of(src, x->c.arch.byte_order == MIG_BO_BIG);
  if (clock > 1) fail("condition variable has unknown clock %u", clock);
  mig_cond_init_as(dst, r->size, clock);
}

static void conv_one(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                     unsigned char *dst) {
  const mig_rtype *s = &x->c.types[si];
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  char err[256];
  switch (s->kind) {
  case MIG_K_PTR:
    mig_store_uint(dst, (unsigned)r->size, ra->byte_order,
                   xlate_ptr(x, (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order)));
    return;
  case MIG_K_FNPTR:
    mig_store_uint(dst, (unsigned)r->size, ra->byte_order,
                   xlate_fn(x, (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order)));
    return;
  case MIG_K_STRUCT: conv_struct(x, si, r, src, dst); return;
  case MIG_K_MUTEX: conv_mutex(x, src, dst); return;
  case MIG_K_COND: conv_cond(x, r, src, dst); return;
  case MIG_K_JMPBUF:
    mig_jmpbuf_convert(src, s->size, sa->byte_order, dst, r->size, ra->byte_order);
    return;
  case MIG_K_UNION:
    /* Which member is live is not known, so no member can be converted:
     * the bytes move as they are, which is right only when every member has
     * the same layout on both sides. */
    if (!same_layout(x, si, r))
      fail("%s has members whose layout or format differs here (%lu bytes, %llu in the "
           "checkpoint): a union cannot be converted", s->name, r->size,
           (unsigned long long)s->size);
    memcpy(dst, src, s->size);
    if (s->has_ptr) rebase_union_pointers(x, si, src, dst);
    return;
  case MIG_K_BYTES:
    if (s->size != r->size) fail("%s has a different size here", s->name);
    memcpy(dst, src, s->size);
    return;
  case MIG_K_UNSAFE: fail("%s cannot be migrated", s->name);
  default:
    if (r->size > 32 || s->size > 32) fail("%s: bad scalar size", s->name);
    if (mig_convert_scalar(s->kind, s->flags, sa, src, (unsigned)s->size, ra, dst,
                           (unsigned)r->size, err, sizeof err))
      fail("%s", err);
  }
}

static void conv(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                 unsigned char *dst, uint64_t count) {
  const mig_rtype *s = &x->c.types[si];
  if (same_layout(x, si, r) && !s->has_ptr) { /* the common, fast case */
    memcpy(dst, src, count * s->size);
    return;
  }
  if (s->kind != r->kind) fail("%s is a %s here, a %s in the checkpoint", r->name,
                               mig_kind_name(r->kind), mig_kind_name(s->kind));
  for (uint64_t e = 0; e < count; e++) conv_one(x, si, r, src + e * s->size, dst + e * r->size);
}

/*--- Read-only globals ----------------------------------------------------------*/
/* A `const` global with pointers in it (`const char *const names[]`) lives
 * in RELRO memory: the receiver's copy already holds the right values (the
 * same initializer, relocated for this process) and cannot be written. */
typedef struct rw_range {
  uintptr_t lo, hi;
} rw_range;

static rw_range *writable;
static size_t nwritable;

static void load_writable_ranges(void) {
  FILE *f = fopen("/proc/self/maps", "r");
  char line[512];
  size_t cap = 0;
  nwritable = 0;
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    char perms[8];
    if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3 || perms[1] != 'w') continue;
    /* .data (file-backed) and .bss (anonymous) are separate mappings that
     * touch: one global may straddle them. */
    if (nwritable && writable[nwritable - 1].hi == lo) {
      writable[nwritable - 1].hi = hi;
      continue;
    }
    if (nwritable == cap) {
      cap = cap ? cap * 2 : 64;
      writable = mig_xrealloc(writable, cap * sizeof *writable);
    }
    writable[nwritable++] = (rw_range){lo, hi};
  }
  fclose(f);
}

static int is_writable(const void *p, size_t n) {
  uintptr_t a = (uintptr_t)p;
  if (!writable) return 1; /* no /proc: assume writable */
  for (size_t i = 0; i < nwritable; i++)
    if (a >= writable[i].lo && a + n <= writable[i].hi) return 1;
  return 0;
}

/*--- Placing the objects -------------------------------------------------------*/
static const char *describe(const mig_robject *o, char *buf, size_t n);
static const __mig_type *frame_type(const mig_robject *o, int shadow) {
  const __mig_func *fn = mig_func_by_name(o->name);
  if (!fn) fail("function %s is not in this program", o->name);
  const __mig_type *t = shadow ? fn->shadowframe : fn->regframe;
  if (!t) fail("function %s has no %s frame here", o->name, shadow ? "shadow" : "register");
  return t;
}

static const __mig_type *receiver_type(rctx *x, const mig_robject *o) {
  const mig_rtype *s = &x->c.types[o->type];
  const __mig_type *t = NULL;
  switch (o->kind) {
  case MIG_OBJ_GLOBAL:
  case MIG_OBJ_RODATA:
  case MIG_OBJ_TLS: {
    const __mig_global *g = mig_global_by_name(o->name);
    if (!g) fail("global %s is not in this program", o->name);
    if (!(g->flags & MIG_GF_THREAD) != (o->kind != MIG_OBJ_TLS))
      fail("global %s is %sthread-local here", o->name, o->kind == MIG_OBJ_TLS ? "not " : "");
    if (g->count != o->count)
      fail("global %s has %lu elements here, %llu in the checkpoint", o->name, g->count,
           (unsigned long long)o->count);
    t = g->type;
    break;
  }
  case MIG_OBJ_SHADOW: t = frame_type(o, 1); break;
  case MIG_OBJ_REGFRAME: t = frame_type(o, 0); break;
  case MIG_OBJ_ARGV:
  case MIG_OBJ_ENVP: t = &__mig_type_ptr; break;
  case MIG_OBJ_STRING: t = &__mig_type_bytes; break;
  default: /* heap blocks, allocas (VLAs are typed): one lookup per sender type */
    if (!x->by_sidx[o->type]) x->by_sidx[o->type] = mig_type_by_name(s->name);
    t = x->by_sidx[o->type];
    if (!t) fail("type %s of a heap block is not in this program", s->name);
  }
  if (strcmp(t->name, s->name) != 0 || t->kind != s->kind)
    fail("object of type %s in the checkpoint is of type %s here", s->name, t->name);
  return t;
}

/* Sizes come from this program; the file only has to agree (validate.c). */
static void validate_object(rctx *x, uint32_t i, const __mig_type *r, mig_reserve *res) {
  const mig_robject *o = &x->c.objects[i];
  char err[256], what[300];
  int64_t align = o->kind == MIG_OBJ_HEAP ? mig_heap_name_align(o->name) : 0;
  int allocated = o->kind == MIG_OBJ_HEAP || o->kind == MIG_OBJ_ARGV ||
                  o->kind == MIG_OBJ_ENVP || o->kind == MIG_OBJ_STRING;
  if (align < 0) snprintf(err, sizeof err, "bad heap block name");
  if (align < 0 || mig_validate_object(&x->c, o, r, &x->rbytes[i], err, sizeof err) ||
      (allocated && mig_validate_reserve(&x->c, res, x->rbytes[i], (uint64_t)align, err,
                                         sizeof err))) {
    x->what = describe(o, what, sizeof what);
    fail("%s", err);
  }
}

/* A 32-bit receiver cannot hold what a 64-bit sender may have allocated:
 * refuse before allocating anything rather than fail half-way (or wrap a
 * size). The limit leaves a quarter of the address space to the program,
 * its libraries and stacks. */
static void check_heap_total(rctx *x) {
  uint64_t total = 0, limit = (uint64_t)SIZE_MAX / 4 * 3;
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    if (o->kind != MIG_OBJ_HEAP) continue;
    uint64_t n = x->rbytes[i];
    total = n > UINT64_MAX - total ? UINT64_MAX : total + n;
  }
  if (total > limit)
    fail("the heap blocks need %llu bytes here, more than this %u-bit process can hold",
         (unsigned long long)total, (unsigned)(8 * sizeof(void *)));
}

static void place_objects(rctx *x) {
  mig_reserve res = {0};
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    const __mig_type *r = receiver_type(x, o);
    x->rtype[i] = r;
    validate_object(x, i, r, &res);
  }
  check_heap_total(x);
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    const __mig_type *r = x->rtype[i];
    switch (o->kind) {
    case MIG_OBJ_GLOBAL:
    case MIG_OBJ_RODATA:
      x->raddr[i] = mig_global_by_name(o->name)->addr;
      break;
    case MIG_OBJ_HEAP:
      x->raddr[i] = mig_heap_alloc(x->rbytes[i], r, o->name);
      break;
    case MIG_OBJ_ARGV:
    case MIG_OBJ_ENVP:
    case MIG_OBJ_STRING:
      x->raddr[i] = mig_xmalloc(x->rbytes[i]);
      break;
    default: break; /* frames and allocas: place_frames() */
    }
    if (o->kind != MIG_OBJ_REGFRAME)
      mig_objmap_add(&x->map, o->addr, o->nbytes, i);
  }
  for (uint32_t l = 0; l < x->c.nliterals; l++) {
    const __mig_literal *lit = mig_literal_by_name(x->c.literals[l].name);
    char err[256];
    x->lit[l] = lit ? lit->addr : NULL;
    x->litsize[l] = lit ? lit->size : 0;
    if (lit && mig_validate_literal(lit->name, x->c.literals[l].size, lit->size, err, sizeof err))
      fail("%s", err);
    mig_objmap_add(&x->map, x->c.literals[l].addr, x->c.literals[l].size, x->c.nobjects + l);
  }
  uint32_t a, b;
  mig_objmap_sort(&x->map, &a, &b);
  if (a != UINT32_MAX) fail("objects #%u and #%u overlap", a, b);
}

/* Shadow frames and allocas go where the rewinding pushes of thread k
 * will land: the same bump allocation as __mig_shadow_push on its stack,
 * with this target's sizes, outermost frame first. Then its frame records,
 * innermost first. */
static void place_frames(rctx *x, uint32_t k) {
  const mig_rthread *t = &x->c.threads[k];
  mig_thread *th = x->thr[k];
  char *base = mig_shadow_base_of(th->shadow), *top = base;
  char *limit = mig_shadow_limit_of(th->shadow);
  char **ends = mig_xcalloc(t->nframes + 1, sizeof *ends);
  mig_alloca_rec *al = mig_xcalloc(x->c.nobjects + 1, sizeof *al);
  size_t nal = 0;
  if (k > 0 && (!t->nframes || strcmp(t->frames[0].func, t->start) != 0))
    fail("thread %llu does not start in its start routine %s", (unsigned long long)t->id,
         t->start);
  for (uint32_t j = 0; j < t->nframes; j++) {
    const mig_rframe *f = &t->frames[j];
    const __mig_func *fn = mig_func_by_name(f->func);
    if (!fn) fail("function %s is not in this program", f->func);
    if (f->site < 1 || f->site > fn->nsites)
      fail("%s has no resume site %u", f->func, f->site);
    if ((f->regframe >= 0) != (fn->regframe != NULL) || (f->shadow >= 0) != (fn->shadowframe != NULL) ||
        (f->regframe >= 0 && strcmp(x->c.objects[f->regframe].name, f->func)) ||
        (f->shadow >= 0 && strcmp(x->c.objects[f->shadow].name, f->func)))
      fail("frame of %s does not match this program", f->func);
    if (f->shadow < 0) continue;
    size_t a = fn->shadowframe->align < 16 ? 16 : fn->shadowframe->align;
    char *p = (char *)(((uintptr_t)top + a - 1) & ~(uintptr_t)(a - 1));
    if (fn->shadowframe->size > (size_t)(limit - p)) fail("shadow stack overflow");
    x->raddr[f->shadow] = (unsigned char *)p;
    top = p + fn->shadowframe->size;
    for (uint32_t i = 0; i < f->nallocas; i++) {
      uint32_t oi = (uint32_t)f->first_alloca + i;
      char *q = (char *)(((uintptr_t)top + 15) & ~(uintptr_t)15);
      if (x->rbytes[oi] > (uint64_t)(limit - q)) fail("shadow stack overflow");
      x->raddr[oi] = (unsigned char *)q;
      al[nal++] = (mig_alloca_rec){q, x->rbytes[oi], x->rtype[oi], 0};
      top = q + x->rbytes[oi];
    }
    ends[j] = top;
  }
  mig_shadow_set_allocas_in(th->shadow, al, nal);
  mig_frames_reset_in(th->frames);
  for (uint32_t j = t->nframes; j-- > 0;) {
    const mig_rframe *f = &t->frames[j];
    const __mig_func *fn = mig_func_by_name(f->func);
    mig_frame_rec *rec = mig_frames_push_in(th->frames, fn, (int)f->site,
                                            f->shadow >= 0 ? x->raddr[f->shadow] : NULL);
    rec->shadow_end = ends[j];
    if (f->regframe >= 0) x->raddr[f->regframe] = rec->regdata;
  }
  free(ends);
  free(al);
}

/* Thread k's instances of the thread-local globals. */
static void place_tls(rctx *x, uint32_t k) {
  const mig_rthread *t = &x->c.threads[k];
  for (uint32_t i = 0; i < t->ntls; i++) {
    uint32_t oi = (uint32_t)t->first_tls + i;
    const __mig_global *g = mig_global_by_name(x->c.objects[oi].name);
    x->raddr[oi] = x->thr[k]->tls[mig_global_index(g)];
  }
}

/* Records for every thread of the checkpoint (same ids); RUNNING ones are
 * started and wait until restore_go, so their stacks, frame storage and
 * thread-local instances exist to place objects in. */
static void start_threads(rctx *x) {
  x->thr = mig_xcalloc(x->c.nthreads + 1, sizeof *x->thr);
  for (uint32_t k = 0; k < x->c.nthreads; k++) {
    const mig_rthread *t = &x->c.threads[k];
    void *(*start)(void *) = NULL;
    if (k > 0) {
      start = (void *(*)(void *))mig_function_addr(t->start);
      if (!start) fail("start routine %s of thread %llu is not in this program", t->start,
                       (unsigned long long)t->id);
    }
    x->thr[k] = mig_threads_restore_add(t->id, t->state, t->flags & MIG_THRF_DETACHED, start,
                                        t->stacksize);
  }
  mig_threads_restore_spawn();
}

static void place_threads(rctx *x) {
  for (uint32_t k = 0; k < x->c.nthreads; k++) {
    if (x->c.threads[k].state != MIG_THR_RUNNING) continue;
    place_frames(x, k);
    place_tls(x, k);
  }
  for (uint32_t i = 0; i < x->c.nobjects; i++)
    if (!x->raddr[i] && x->rbytes[i])
      fail("%s object %s belongs to no thread", mig_object_kind_name(x->c.objects[i].kind),
           x->c.objects[i].name);
}

/* A thread's argument or return value: a pointer into a saved object is
 * translated; anything else is kept as it is, since `(void *)(long)i` is
 * how programs commonly pass integers through pthread_create and
 * pthread_exit. */
static void *xlate_value(rctx *x, uint64_t v) {
  for (uint32_t i = 0; i < x->c.nspecials; i++)
    if (x->c.specials[i].addr == v) return (void *)xlate_ptr(x, v);
  return mig_objmap_find(&x->map, v) ? (void *)xlate_ptr(x, v) : (void *)(uintptr_t)v;
}

static uint32_t object_containing(void *ctx, uint64_t a) {
  rctx *x = ctx;
  const mig_range *rg = mig_objmap_find(&x->map, a);
  return rg && rg->id < x->c.nobjects ? rg->id : UINT32_MAX;
}

/* Argument, return value and held mutexes, as pointers here. */
static void restore_thread_pointers(rctx *x) {
  for (uint32_t k = 0; k < x->c.nthreads; k++) {
    const mig_rthread *t = &x->c.threads[k];
    mig_thread *th = x->thr[k];
    if (k > 0) {
      th->arg = xlate_value(x, t->arg);
      th->retval = xlate_value(x, t->retval);
    }
    th->nheld = 0;
    for (uint32_t i = 0; i < t->nheld; i++) {
      mig_rmutex key = {t->held[i], 0};
      if (!bsearch(&key, x->c.mutexes, x->c.nmutexes, sizeof key, cmp_rmutex))
        fail("thread %llu holds a mutex at %#llx that is not in the mutex table",
             (unsigned long long)t->id, (unsigned long long)t->held[i]);
      mig_held_push(th, (void *)xlate_ptr(x, t->held[i]));
    }
  }
}

/*--- Argument and environment vectors --------------------------------------------*/
static void restore_vectors(rctx *x) {
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    if (o->kind == MIG_OBJ_ARGV) {
      mig_argv = (char **)x->raddr[i];
      mig_argc = o->count ? (int)o->count - 1 : 0;
    } else if (o->kind == MIG_OBJ_ENVP) {
      mig_envp = (char **)x->raddr[i];
    }
  }
}

static const char *describe(const mig_robject *o, char *buf, size_t n) {
  switch (o->kind) {
  case MIG_OBJ_GLOBAL:
  case MIG_OBJ_RODATA: snprintf(buf, n, "global %s", o->name); break;
  case MIG_OBJ_HEAP: snprintf(buf, n, "heap block at %#llx", (unsigned long long)o->addr); break;
  case MIG_OBJ_TLS: snprintf(buf, n, "thread-local %s", o->name); break;
  case MIG_OBJ_SHADOW: case MIG_OBJ_REGFRAME: case MIG_OBJ_ALLOCA:
    snprintf(buf, n, "%s of %s", mig_object_kind_name(o->kind), o->name); break;
  default: snprintf(buf, n, "%s", mig_object_kind_name(o->kind)); break;
  }
  return buf;
}

void mig_restore(const char *path) {
  static rctx x;
  char err[512], what[300];
  unsigned char *buf;
  size_t len;
  x.path = path;
  cur_ctx = &x;
  size_t keylen;
  const unsigned char *key = mig_key(&keylen);
  if (mig_read_file(path, &buf, &len, err, sizeof err) ||
      (key && mig_ckpt_verify_mac(buf, len, key, keylen, err, sizeof err)) ||
      mig_ckpt_parse(buf, len, 1, &x.c, err, sizeof err))
    fail("%s", err);
  if (x.c.fingerprint != mig_fingerprint())
    fail("it was written by another program or another build of it "
         "(fingerprint %016llx, this program %016llx)",
         (unsigned long long)x.c.fingerprint, (unsigned long long)mig_fingerprint());
  mig_arch_self(&x.self);
  size_t n = x.c.nobjects + 1;
  x.rtype = mig_xcalloc(n, sizeof *x.rtype);
  x.raddr = mig_xcalloc(n, sizeof *x.raddr);
  x.rbytes = mig_xcalloc(n, sizeof *x.rbytes);
  x.lit = mig_xcalloc(x.c.nliterals + 1, sizeof *x.lit);
  x.litsize = mig_xcalloc(x.c.nliterals + 1, sizeof *x.litsize);
  x.same = mig_xmalloc(x.c.ntypes + 1);
  x.by_sidx = mig_xcalloc(x.c.ntypes + 1, sizeof *x.by_sidx);
  x.checked = mig_xcalloc(x.c.ntypes + 1, 1);
  memset(x.same, -1, x.c.ntypes + 1);
  for (uint32_t i = 0; i < x.c.nfuncs; i++)
    mig_ptrmap_put(&x.fnames, (uintptr_t)x.c.funcs[i].addr, (uintptr_t)x.c.funcs[i].name);

  start_threads(&x);
  place_objects(&x);
  if (mig_validate_held_mutexes(&x.c, object_containing, &x, err, sizeof err)) fail("%s", err);
  place_threads(&x);
  load_writable_ranges();
  for (uint32_t i = 0; i < x.c.nobjects; i++) {
    const mig_robject *o = &x.c.objects[i];
    uint64_t ssz = x.c.types[o->type].size, tail = o->nbytes - o->count * ssz;
    if (o->kind == MIG_OBJ_RODATA) continue; /* already right here */
    if (o->kind == MIG_OBJ_GLOBAL && !is_writable(x.raddr[i], x.rbytes[i])) continue;
    x.what = describe(o, what, sizeof what);
    x.obj = o;
    conv(&x, o->type, x.rtype[i], o->data, x.raddr[i], o->count);
    memcpy(x.raddr[i] + o->count * x.rtype[i]->size, o->data + o->count * ssz, tail);
    if (o->kind != MIG_OBJ_STRING && o->kind != MIG_OBJ_ARGV && o->kind != MIG_OBJ_ENVP)
      rebase_untyped(&x, i);
  }
  x.what = NULL;
  restore_vectors(&x);
  restore_thread_pointers(&x);
  mig_count.polls = 0;

  mig_objmap_free(&x.map);
  mig_ptrmap_free(&x.fnames);
  free(writable);
  writable = NULL;
  free(x.rtype); free(x.raddr); free(x.rbytes); free(x.lit); free(x.litsize); free(x.same);
  free(x.by_sidx);
  free(x.checked);
  free(x.thr);
  mig_ckpt_free(&x.c); /* program/type names are not kept after this */
  free(buf);
  cur_ctx = NULL;
}
