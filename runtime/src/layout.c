/*===- layout.c - Sender layout against receiver layout --------------------===*
 * Whether a sender type has the same bytes here (most data crosses x86-64
 * <-> AArch64 with memcpy), and where an offset into a sender object lands
 * in this layout (pointer re-basing).
 *===----------------------------------------------------------------------===*/
#include "rctx.h"
#include "types.h"

/* 1 when sender type si and receiver type r have the same bytes for the
 * same values (apart from pointers, which are patched anyway), so a copy
 * converts them: same sizes, offsets, bit positions, byte order and, for
 * long double, the same format. x86-64 and AArch64 agree on most types, so
 * most data crosses with memcpy. */
int mig_r_same_layout(rctx *x, uint32_t si, const __mig_type *r) {
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
           mig_r_same_layout(x, sf->type, rf->type);
  }
  x->same[si] = (int8_t)same;
  return same;
}

/* Offset `rem` inside one element of sender type si -> same place in r. */
static uint64_t map_within(rctx *x, uint32_t si, const __mig_type *r, uint64_t rem) {
  const mig_rtype *s = &x->c.types[si];
  if (rem == 0 || mig_r_same_layout(x, si, r)) return rem;
  if (s->kind == MIG_K_STRUCT && r->kind == MIG_K_STRUCT && s->nfields == r->nfields) {
    for (uint32_t i = 0; i < s->nfields; i++) {
      const mig_rfield *f = &s->fields[i];
      uint64_t fs = x->c.types[f->type].size * f->count;
      if (!f->bit_width && rem >= f->offset && rem - f->offset < fs)
        return r->fields[i].offset + mig_r_map_offset(x, f->type, r->fields[i].type, rem - f->offset);
    }
    mig_r_fail("a pointer points into padding of %s", s->name);
  }
  if (rem < r->size) return rem; /* inside a scalar or union: same byte */
  mig_r_fail("a pointer points to byte %llu of %s, which has %lu bytes here",
       (unsigned long long)rem, s->name, r->size);
}

uint64_t mig_r_map_offset(rctx *x, uint32_t si, const __mig_type *r, uint64_t off) {
  uint64_t ssize = x->c.types[si].size;
  if (ssize == 0) return off;
  return off / ssize * r->size + map_within(x, si, r, off % ssize);
}
