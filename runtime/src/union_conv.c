/*===- union_conv.c - Unions whose layout differs between two ABIs --------===*
 * A union does not say which member is live. Where its layout is the same
 * on both sides its bytes are copied (restore.c). Where it differs (byte
 * order, pointer or long size, 4- vs 8-aligned doubles) it is still
 * converted when the conversion does not depend on the live member: every
 * member is flattened into scalars, and the scalars of all members must
 * fall on the same places ("slots") with the same sizes, on both sides.
 * Each slot then converts one way:
 *   - a slot with a pointer member: a value that is the sender address of a
 *     saved object (data pointer member) or of a known function (function
 *     pointer member) is that pointer and is translated; any other value
 *     is converted as the slot's integer (or kept bits, same size);
 *   - integers and same-size IEEE floats together: the same size on both
 *     sides, so the bytes are swapped as one integer (a float's bits swap
 *     the same way); integers alone convert by value with a range check,
 *     signed and unsigned ones together as the signed value when it fits,
 *     else as the unsigned one (-1 stays all ones, 3e9 stays 3e9);
 *   - floats alone convert as that float.
 * A member that is an array of char, signed char or unsigned char (`char
 * bytes[16]`) is a byte view of the union, as in C's own type punning: its
 * bytes that overlap another member's scalar come back as the receiver's
 * representation of that scalar's converted value (what the program would
 * read through the view had it stored the value here); its bytes that no
 * other member covers are copied. A slot overlapped by a view may hold any
 * bits, so a pointer slot there keeps bits that are no saved address as an
 * integer instead of treating them as a stale pointer.
 * Refused (the member names in the message): members whose scalars overlap
 * differently (a `long` over a `short[4]` across byte order), a float
 * sharing a slot whose size changes, long double sharing a slot, bit-fields, and members
 * that cannot be converted at all (mutexes, va_list, opaque bytes).
 *===----------------------------------------------------------------------===*/
#include "union_conv.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LEAVES 4096u

typedef struct leaf {
  uint64_t soff, roff;
  uint32_t ssize, rsize, kind, flags;
  const char *member; /* top-level member, for messages */
  int view;           /* a byte of a char-array member */
} leaf;

typedef struct flat {
  leaf *v;
  uint32_t n;
  const mig_ckpt *c;
  char *err;
  size_t errlen;
  int view; /* the member being flattened is a byte view */
} flat;

static int failf(flat *f, const char *member, const char *what) {
  snprintf(f->err, f->errlen, "member %s %s", member, what);
  return -1;
}

static int is_float_kind(unsigned k) {
  return k == MIG_K_FLOAT || k == MIG_K_DOUBLE || k == MIG_K_LDOUBLE || k == MIG_K_CFLOAT ||
         k == MIG_K_CDOUBLE || k == MIG_K_CLDOUBLE;
}

/* Sender type si at soff and receiver type r at roff, into leaves. */
static int flatten(flat *f, uint32_t si, const __mig_type *r, uint64_t soff, uint64_t roff,
                   const char *member) {
  const mig_rtype *s = &f->c->types[si];
  if (s->kind != r->kind) return failf(f, member, "has another kind here");
  if (s->kind == MIG_K_STRUCT || s->kind == MIG_K_UNION) {
    if (s->nfields != r->nfields) return failf(f, member, "has other fields here");
    for (uint32_t i = 0; i < s->nfields; i++) {
      const mig_rfield *sf = &s->fields[i];
      const __mig_field *rf = &r->fields[i];
      if (sf->bit_width || rf->bit_width) return failf(f, member, "holds a bit-field");
      if (sf->count != rf->count) return failf(f, member, "has other array sizes here");
      uint64_t ss = f->c->types[sf->type].size, rs = rf->type->size;
      for (uint64_t e = 0; e < sf->count; e++)
        if (flatten(f, sf->type, rf->type, soff + sf->offset + e * ss, roff + rf->offset + e * rs,
                    member))
          return -1;
    }
    return 0;
  }
  if (!mig_kind_is_scalar(s->kind) || s->kind == MIG_K_MUTEX || s->kind == MIG_K_COND ||
      s->kind == MIG_K_JMPBUF || s->size > 16 || r->size > 16)
    return failf(f, member, "cannot be converted");
  if (f->n == MAX_LEAVES) return failf(f, member, "has too many scalars to convert");
  f->v[f->n++] = (leaf){soff, roff, (uint32_t)s->size, (uint32_t)r->size, s->kind, s->flags,
                        member, f->view};
  return 0;
}

/* Leaves [from, to) share a slot: its kind and flags, or -1. */
static int judge_slot(flat *f, const mig_arch *sa, const mig_arch *ra, uint32_t from,
                      uint32_t to, mig_uslot *out) {
  const leaf *l0 = &f->v[from];
  int nint = 0, nsigned = 0, nfloat = 0, other_float = 0;
  uint32_t first_float = 0; /* the kind of the slot's first floating member */
  *out = (mig_uslot){l0->soff, l0->roff, l0->ssize, l0->rsize, l0->kind, l0->flags, 0, 0, 0, 0, 0};
  for (uint32_t i = from; i < to; i++) {
    const leaf *l = &f->v[i];
    if (l->ssize != l0->ssize || l->roff != l0->roff || l->rsize != l0->rsize)
      return failf(f, l->member, "overlaps another member's scalar differently here");
    if (l->kind == MIG_K_PTR) out->has_ptr = 1;
    else if (l->kind == MIG_K_FNPTR) out->has_fn = 1;
    else if (is_float_kind(l->kind)) {
      nfloat++;
      if (!first_float) first_float = l->kind;
      if (l->kind != first_float || (l->kind != MIG_K_FLOAT && l->kind != MIG_K_DOUBLE))
        other_float = 1;
    } else {
      nint++;
      if (mig_kind_signed(sa, l->kind, l->flags)) nsigned++;
      if (!out->kind || is_float_kind(out->kind) || out->kind == MIG_K_PTR ||
          out->kind == MIG_K_FNPTR) {
        out->kind = l->kind;
        out->flags = l->flags;
      }
    }
  }
  int mixed = nfloat && (nint || out->has_ptr || out->has_fn);
  if (mixed && (other_float || l0->ssize != l0->rsize))
    return failf(f, l0->member, "shares its bytes with a floating member that converts differently");
  if (nfloat && !mixed) {
    if (other_float) return failf(f, l0->member, "shares its bytes with another floating type");
    for (uint32_t i = from; i < to; i++)
      if (is_float_kind(f->v[i].kind)) out->kind = f->v[i].kind;
    return 0;
  }
  out->is_signed = nint ? nsigned > 0 : 0;
  out->either_sign = nsigned && nsigned != nint;
  if (!nint) out->kind = out->has_ptr ? MIG_K_PTR : MIG_K_FNPTR;
  (void)ra;
  return 0;
}

static int by_roff(const void *a, const void *b) {
  const mig_uslot *x = a, *y = b;
  return x->roff < y->roff ? -1 : x->roff > y->roff;
}

/* The receiver's slots must not overlap either, nor leave the union. */
static int check_receiver_slots(const mig_uplan *p, const __mig_type *r, char *err,
                                size_t errlen) {
  mig_uslot *v = malloc((p->n + 1) * sizeof *v);
  int rc = 0;
  if (!v) {
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  memcpy(v, p->slots, p->n * sizeof *v);
  qsort(v, p->n, sizeof *v, by_roff);
  for (uint32_t i = 0; i < p->n && !rc; i++)
    if ((i && v[i].roff < v[i - 1].roff + v[i - 1].rsize) || v[i].roff + v[i].rsize > r->size) {
      snprintf(err, errlen, "its members' scalars overlap differently here");
      rc = -1;
    }
  free(v);
  return rc;
}

static int is_byte_kind(unsigned k) {
  return k == MIG_K_CHAR || k == MIG_K_SCHAR || k == MIG_K_UCHAR;
}

/* `char bytes[16]`: an array of single bytes on both sides. */
static int is_byte_view(const mig_ckpt *c, const mig_rfield *sf, const __mig_field *rf) {
  const mig_rtype *st = &c->types[sf->type];
  return sf->count > 1 && is_byte_kind(st->kind) && st->size == 1 && rf->type->size == 1 &&
         rf->type->kind == st->kind;
}

static int inside(uint64_t off, uint64_t start, uint64_t size) {
  return off >= start && off < start + size;
}

/* The view bytes: those inside a slot (on either side) are that slot's
 * representation and are dropped, marking the slot; the others are copied
 * as one-byte slots. Views were left out of the slots judged before. A view
 * over a multi-byte slot whose byte order or size changes is reshaped: if
 * it held data of its own, that data does not survive (the caller warns). */
static void place_view_bytes(const flat *f, const mig_arch *sa, const mig_arch *ra,
                             mig_uplan *out) {
  uint32_t nslots = out->n;
  for (uint32_t i = 0; i < f->n; i++) {
    const leaf *l = &f->v[i];
    if (!l->view) continue;
    int covered = 0;
    for (uint32_t k = 0; k < nslots; k++) {
      mig_uslot *sl = &out->slots[k];
      if (inside(l->soff, sl->soff, sl->ssize) || inside(l->roff, sl->roff, sl->rsize)) {
        sl->has_view = 1;
        covered = 1;
        if (!out->reshaped_view && sl->ssize > 1 &&
            (sa->byte_order != ra->byte_order || sl->ssize != sl->rsize))
          out->reshaped_view = l->member;
      }
    }
    int again = out->n > nslots && out->slots[out->n - 1].soff == l->soff; /* a 2nd view */
    if (!covered && !again)
      out->slots[out->n++] = (mig_uslot){l->soff, l->roff, 1, 1, MIG_K_UCHAR, 0, 0, 0, 0, 0, 1};
  }
}

/* Views first, then by sender offset: views go to the end of the order. */
static int by_view_then_soff(const void *a, const void *b) {
  const leaf *x = a, *y = b;
  if (x->view != y->view) return x->view - y->view;
  return x->soff < y->soff ? -1 : x->soff > y->soff;
}

int mig_union_plan(const mig_ckpt *c, uint32_t si, const __mig_type *r, const mig_arch *self,
                   mig_uplan *out, char *err, size_t errlen) {
  flat f = {malloc(MAX_LEAVES * sizeof(leaf)), 0, c, err, errlen, 0};
  const mig_rtype *s = &c->types[si];
  out->slots = NULL;
  out->n = 0;
  out->reshaped_view = NULL;
  if (!f.v) {
    snprintf(err, errlen, "out of memory");
    return -1;
  }
  int rc = 0;
  if (s->nfields != r->nfields) {
    snprintf(err, errlen, "it has %u members here, %u in the checkpoint", r->nfields, s->nfields);
    rc = -1;
  }
  for (uint32_t i = 0; !rc && i < s->nfields; i++) {
    const mig_rfield *sf = &s->fields[i];
    const __mig_field *rf = &r->fields[i];
    if (sf->bit_width || rf->bit_width || sf->count != rf->count) {
      rc = failf(&f, sf->name, "is a bit-field or has other array sizes here");
      break;
    }
    uint64_t ss = c->types[sf->type].size, rs = rf->type->size;
    f.view = is_byte_view(c, sf, rf);
    for (uint64_t e = 0; !rc && e < sf->count; e++)
      rc = flatten(&f, sf->type, rf->type, sf->offset + e * ss, rf->offset + e * rs, sf->name);
  }
  uint32_t nscalar = 0; /* the leaves that are not views, sorted first */
  if (!rc) {
    qsort(f.v, f.n, sizeof *f.v, by_view_then_soff);
    while (nscalar < f.n && !f.v[nscalar].view) nscalar++;
    out->slots = malloc((f.n + 1) * sizeof *out->slots);
    if (!out->slots) {
      snprintf(err, errlen, "out of memory");
      rc = -1;
    }
  }
  uint64_t end = 0;
  for (uint32_t i = 0; !rc && i < nscalar;) {
    uint32_t j = i + 1;
    while (j < nscalar && f.v[j].soff == f.v[i].soff) j++;
    if (f.v[i].soff < end) { /* starts inside the previous slot */
      rc = failf(&f, f.v[i].member, "overlaps another member's scalar differently");
      break;
    }
    rc = judge_slot(&f, &c->arch, self, i, j, &out->slots[out->n]);
    if (!rc) {
      end = f.v[i].soff + f.v[i].ssize;
      out->n++;
    }
    i = j;
  }
  if (!rc) place_view_bytes(&f, &c->arch, self, out);
  free(f.v);
  if (!rc) rc = check_receiver_slots(out, r, err, errlen);
  if (rc) {
    free(out->slots);
    out->slots = NULL;
    out->n = 0;
  }
  return rc;
}
