/*===- objconv.c - Converting an object from the sender's layout -----------===*
 * Receiver makes right: a bulk copy when the layouts are identical, field
 * by field otherwise; scalars by value (convert.c), pointers re-based
 * (state_pointers.c), mutexes and condition variables rebuilt
 * (state_mutexes.c), jmp_bufs converted (state_jmpbuf.c).
 *===----------------------------------------------------------------------===*/
#include "rctx.h"
#include "convert.h"
#include "state_jmpbuf.h"
#include "state_mutexes.h"
#include "state_pointers.h"
#include "types.h"
#include <stdio.h>
#include <stdlib.h>
#include "union_conv.h"
#include "union_tags.h"
#include <string.h>

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
    mig_r_conv(x, sf->type, rt, src, dst, n);
    return;
  }
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  for (uint64_t e = 0; e < n; e++) {
    mig_i128 v = mig_load_int(src + e * st->size, (unsigned)st->size, sa->byte_order,
                              mig_kind_signed(sa, st->kind, st->flags));
    if (mig_store_int(dst + e * rt->size, (unsigned)rt->size, ra->byte_order,
                      mig_kind_signed(ra, rt->kind, rt->flags), v))
      mig_r_fail("%s: a value of field %s does not fit in its %lu bytes here", rt->name, rf->name,
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
      mig_r_fail("%s: bitfield %s of a C library struct differs", r->name, rf->name);
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
    mig_r_fail("%s has %u fields here, %u in the checkpoint", r->name, r->nfields, s->nfields);
  const mig_typeinfo *ti = mig_typeinfo_of(r);
  for (uint32_t i = 0; i < s->nfields; i++) {
    const mig_rfield *sf = &s->fields[i];
    const __mig_field *rf = &r->fields[i];
    if (strcmp(sf->name, rf->name) != 0)
      mig_r_fail("%s: field %u is %s here, %s in the checkpoint", r->name, i, rf->name, sf->name);
    if (sf->bit_width) {
      if (rf->bit_width != sf->bit_width || !ti->bit_offset || sf->bit_width > 64)
        mig_r_fail("%s: bitfield %s differs", r->name, rf->name);
    } else if (sf->count != rf->count) {
      mig_r_fail("%s: field %s has %lu elements here, %llu in the checkpoint", r->name, rf->name,
           rf->count, (unsigned long long)sf->count);
    }
  }
  x->checked[si] = 1;
}

static const mig_rfield *sender_field(const mig_rtype *s, const char *name) {
  for (uint32_t i = 0; i < s->nfields; i++)
    if (strcmp(s->fields[i].name, name) == 0) return &s->fields[i];
  return NULL;
}

static const __mig_field *receiver_field(const __mig_type *r, const char *name) {
  for (uint32_t i = 0; i < r->nfields; i++)
    if (strcmp(r->fields[i].name, name) == 0) return &r->fields[i];
  return NULL;
}

/* Field i of struct r is a union whose layout differs here and the program
 * declared its tag (MIG_UNION_TAG): the member the sender's tag names is
 * converted alone, like a struct field. 0 when no declaration applies (the
 * caller converts the union by union_conv.c's rules). */
static int conv_tagged_union(rctx *x, const mig_rtype *s, const __mig_type *r, uint32_t i,
                             const unsigned char *src, unsigned char *dst) {
  const mig_rfield *sf = &s->fields[i];
  const __mig_field *rf = &r->fields[i];
  if (rf->type->kind != MIG_K_UNION || sf->count != 1 || mig_r_same_layout(x, sf->type, rf->type))
    return 0;
  const char *tag_name = mig_union_tag_field(r->name, rf->name);
  const mig_rfield *tf = tag_name ? sender_field(s, tag_name) : NULL;
  if (!tf || tf->bit_width || !mig_is_integer_kind(x->c.types[tf->type].kind)) return 0;
  const mig_rtype *tt = &x->c.types[tf->type];
  const mig_arch *sa = &x->c.arch;
  mig_i128 tag = mig_load_int(src + tf->offset, (unsigned)tt->size, sa->byte_order,
                              mig_kind_signed(sa, tt->kind, tt->flags));
  const char *member = mig_union_tag_member(r->name, rf->name, (long long)tag);
  const mig_rfield *sm = member ? sender_field(&x->c.types[sf->type], member) : NULL;
  const __mig_field *rm = member ? receiver_field(rf->type, member) : NULL;
  if (!sm || !rm || sm->bit_width || rm->bit_width || sm->count != rm->count) return 0;
  unsigned char *u = dst + rf->offset;
  memset(u, 0, rf->type->size);
  mig_r_conv(x, sm->type, rm->type, src + sf->offset + sm->offset, u + rm->offset, sm->count);
  return 1;
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
      if (!conv_tagged_union(x, s, r, i, src, dst))
        mig_r_conv(x, sf->type, rf->type, src + sf->offset, dst + rf->offset, sf->count);
      x->depth--;
    }
  }
}

/* A union whose layout differs here, by the plan of union_conv.c (made
 * once per sender type): pointer slots judged by value like
 * mig_r_rebase_union, the others converted as their scalar. */
static void conv_union(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                       unsigned char *dst) {
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  char err[256];
  if (!x->uplans) x->uplans = mig_xcalloc(x->c.ntypes, sizeof *x->uplans);
  mig_uplan *p = &x->uplans[si];
  if (!p->slots) {
    if (mig_union_plan(&x->c, si, r, ra, p, err, sizeof err))
      mig_r_fail("%s cannot be converted between %s and %s: %s", x->c.types[si].name,
                 sa->machine, ra->machine, err);
    if (p->reshaped_view) /* once per union type: it may be silently wrong */
      fprintf(stderr,
              "mig: warning: %s from %s: member %s is restored as a view of the other "
              "members' converted values; if it holds bytes of its own, declare the "
              "union's tag with MIG_UNION_TAG (mig.h)\n",
              x->c.types[si].name, sa->machine, p->reshaped_view);
  }
  memset(dst, 0, r->size);
  for (uint32_t i = 0; i < p->n; i++) {
    const mig_uslot *sl = &p->slots[i];
    const unsigned char *s = src + sl->soff;
    unsigned char *d = dst + sl->roff;
    uint64_t v = 0;
    uintptr_t name;
    if (sl->has_ptr || sl->has_fn) v = (uint64_t)mig_load_uint(s, sl->ssize, sa->byte_order);
    if (v && sl->has_ptr && mig_r_is_sender_object(x, v)) {
      mig_store_uint(d, sl->rsize, ra->byte_order, mig_r_xlate_ptr(x, v));
    } else if (v && sl->has_fn && mig_ptrmap_get(&x->fnames, (uintptr_t)v, &name)) {
      mig_store_uint(d, sl->rsize, ra->byte_order, mig_r_xlate_union_fn(x, v, r));
    } else if (sl->kind == MIG_K_PTR && v && !sl->has_view) { /* only pointers: stale, poisoned */
      mig_store_uint(d, sl->rsize, ra->byte_order, mig_r_xlate_ptr(x, v));
    } else if (sl->kind == MIG_K_FNPTR && v && !sl->has_view) { /* only function pointers: known */
      mig_store_uint(d, sl->rsize, ra->byte_order, mig_r_xlate_union_fn(x, v, r));
    } else if (!mig_is_integer_kind(sl->kind) && sl->kind != MIG_K_PTR &&
               sl->kind != MIG_K_FNPTR) { /* floats only */
      if (mig_convert_scalar(sl->kind, sl->flags, sa, s, sl->ssize, ra, d, sl->rsize, err,
                             sizeof err))
        mig_r_fail("%s", err);
    } else { /* an integer's value, or the bits of integers and same-size floats */
      if (v && sl->has_fn) mig_r_check_kept_bits(x, v);
      mig_i128 n = mig_load_int(s, sl->ssize, sa->byte_order, sl->is_signed);
      int bad = mig_store_int(d, sl->rsize, ra->byte_order, sl->is_signed, n);
      if (bad && sl->either_sign) /* too big as the signed member: try the unsigned */
        bad = mig_store_int(d, sl->rsize, ra->byte_order, 0,
                            mig_load_int(s, sl->ssize, sa->byte_order, 0));
      if (bad)
        mig_r_fail("%s: a value at byte %llu does not fit in %u bytes here",
                   x->c.types[si].name, (unsigned long long)sl->soff, sl->rsize);
    }
  }
}

static void conv_one(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                     unsigned char *dst) {
  const mig_rtype *s = &x->c.types[si];
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  char err[256];
  switch (s->kind) {
  case MIG_K_PTR:
    mig_store_uint(dst, (unsigned)r->size, ra->byte_order,
                   mig_r_xlate_ptr(x, (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order)));
    return;
  case MIG_K_FNPTR:
    mig_store_uint(dst, (unsigned)r->size, ra->byte_order,
                   mig_r_xlate_fn(x, (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order), r));
    return;
  case MIG_K_STRUCT: conv_struct(x, si, r, src, dst); return;
  case MIG_K_PTRINT: mig_r_conv_ptrint(x, si, r, src, dst); return;
  case MIG_K_MUTEX: mig_st_mutexes_convert(x, src, dst); return;
  case MIG_K_COND: mig_st_cond_convert(x, r, src, dst); return;
  case MIG_K_JMPBUF:
    mig_jmpbuf_convert(src, s->size, sa->byte_order, dst, r->size, ra->byte_order);
    return;
  case MIG_K_UNION:
    /* Which member is live is not known: the bytes move as they are when
     * every member has the same layout on both sides, else slot by slot
     * where that does not depend on the live member (union_conv.c). */
    if (!mig_r_same_layout(x, si, r)) {
      conv_union(x, si, r, src, dst);
      return;
    }
    memcpy(dst, src, s->size);
    if (s->has_ptr) mig_r_rebase_union(x, si, r, src, dst);
    return;
  case MIG_K_BYTES:
    if (s->size != r->size) mig_r_fail("%s has a different size here", s->name);
    memcpy(dst, src, s->size);
    return;
  case MIG_K_UNSAFE: mig_r_fail("%s cannot be migrated", s->name);
  default:
    if (r->size > 32 || s->size > 32) mig_r_fail("%s: bad scalar size", s->name);
    if (mig_convert_scalar(s->kind, s->flags, sa, src, (unsigned)s->size, ra, dst,
                           (unsigned)r->size, err, sizeof err))
      mig_r_fail("%s", err);
  }
}

void mig_r_conv(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                 unsigned char *dst, uint64_t count) {
  const mig_rtype *s = &x->c.types[si];
  if (mig_r_same_layout(x, si, r) && !s->has_ptr) { /* the common, fast case */
    memcpy(dst, src, count * s->size);
    return;
  }
  if (s->kind != r->kind) mig_r_fail("%s is a %s here, a %s in the checkpoint", r->name,
                               mig_kind_name(r->kind), mig_kind_name(s->kind));
  for (uint64_t e = 0; e < count; e++) conv_one(x, si, r, src + e * s->size, dst + e * r->size);
}

/*--- In place: a heap block read straight into its place -------------------------*/
int mig_r_inplace_ok(rctx *x, uint32_t si, const __mig_type *r) {
  const mig_rtype *s = &x->c.types[si];
  if (x->inplace[si] >= 0) return x->inplace[si];
  int ok = mig_r_same_layout(x, si, r) && s->kind != MIG_K_JMPBUF;
  if (ok && s->has_ptr && s->kind == MIG_K_STRUCT) {
    ok = !by_name(x, si, r);
    for (uint32_t i = 0; ok && i < s->nfields; i++)
      if (!s->fields[i].bit_width && x->c.types[s->fields[i].type].has_ptr)
        ok = mig_r_inplace_ok(x, s->fields[i].type, r->fields[i].type);
  }
  x->inplace[si] = (int8_t)ok;
  return ok;
}

/* mig_r_conv() for bytes already in place: only the pointers change. */
void mig_r_fix_inplace(rctx *x, uint32_t si, const __mig_type *r, unsigned char *p,
                       uint64_t count) {
  const mig_rtype *s = &x->c.types[si];
  unsigned sz = (unsigned)s->size, bo = x->self.byte_order;
  if (!s->has_ptr) return;
  for (uint64_t e = 0; e < count; e++, p += sz) {
    switch (s->kind) {
    case MIG_K_PTR:
      mig_store_uint(p, sz, bo, mig_r_xlate_ptr(x, (uint64_t)mig_load_uint(p, sz, bo)));
      break;
    case MIG_K_FNPTR:
      mig_store_uint(p, sz, bo, mig_r_xlate_fn(x, (uint64_t)mig_load_uint(p, sz, bo), r));
      break;
    case MIG_K_PTRINT: { /* same size and byte order: convert from a copy */
      unsigned char tmp[8];
      memcpy(tmp, p, sz);
      mig_r_conv_ptrint(x, si, r, tmp, p);
      break;
    }
    case MIG_K_UNION: { /* judged on the sender's bytes, as conv_one does */
      unsigned char tmp[256], *src = sz <= sizeof tmp ? tmp : mig_xmalloc(sz);
      memcpy(src, p, sz);
      mig_r_rebase_union(x, si, r, src, p);
      if (src != tmp) free(src);
      break;
    }
    case MIG_K_STRUCT:
      check_struct(x, si, r);
      for (uint32_t i = 0; i < s->nfields; i++) {
        const mig_rfield *sf = &s->fields[i];
        if (sf->bit_width || !x->c.types[sf->type].has_ptr) continue;
        if (x->depth < 8) x->fpath[x->depth] = sf->name;
        x->depth++;
        mig_r_fix_inplace(x, sf->type, r->fields[i].type, p + sf->offset, sf->count);
        x->depth--;
      }
      break;
    default: break;
    }
  }
}
