/*===- state_pointers.c - Pointers across a checkpoint --------------------===*
 * Writer: every pointer in saved memory must point into a saved object, a
 * literal, a standard stream or a known function; a stale one (freed
 * memory, a returned frame) is kept, one into memory the runtime cannot
 * move is refused naming the variable. Restore: each pointer is re-based
 * (sender address -> object, element, field, byte -> the same place here),
 * function pointers go by name, and untyped memory is scanned
 * conservatively.
 *
 * A stale pointer (into memory that was freed or a frame that returned
 * before the checkpoint) is never dereferenced by a correct program, but it
 * may still be compared with NULL or with another copy of itself. It
 * becomes an address in a reserved, inaccessible region: non-NULL, equal
 * for equal sender values (modulo the region size), and any use traps.
 *===----------------------------------------------------------------------===*/
#include "state_pointers.h"
#include "code_ranges.h"
#include "config.h"
#include "convert.h"
#include "memmap.h"
#include "registry.h"
#include "state_mutexes.h"
#include "types.h"
#include "vfiles.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define POISON_SIZE ((uintptr_t)1 << 20)

static char *poison_region;

int mig_is_poison(uintptr_t a) {
  return poison_region && a - (uintptr_t)poison_region < POISON_SIZE;
}

uintptr_t mig_poison_pointer(uint64_t v) {
  char *region = poison_region;
  if (!region) {
    void *p = mmap(NULL, POISON_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) return 0;
    poison_region = region = p;
  }
  return (uintptr_t)region + (uintptr_t)(v & (POISON_SIZE - 1));
}

/* 1 (with `why` filled) when the registered function `name` may not be
 * held by a pointer declared `declared` (types.c: mig_fnptr_compatible).
 * The same test on both sides: a program that keeps a function in a
 * pointer of another type is refused at the checkpoint, and a restore
 * never makes a pointer name a function of another type. */
static int fn_incompatible(const char *name, const __mig_type *declared, char *why, size_t n) {
  const __mig_type *ft = mig_function_type(name);
  if (mig_fnptr_compatible(declared, ft)) return 0;
  snprintf(why, n, "points to function %s of type %s, not compatible with %s", name, ft->name,
           declared->name);
  return 1;
}

/*--- Writer -------------------------------------------------------------------*/
static int data_ptr_ok(const writer *w, uintptr_t v) {
  if (!v || v == w->specials[0] || v == w->specials[1] || v == w->specials[2]) return 1;
  return mig_objmap_find(&w->map, v) != NULL || mig_vf_is_handle(v); /* an open FILE, DIR */
}

/* 1 (with `why` filled) when v, in no saved object, points into memory the
 * runtime cannot move (memmap.c); 0 when it is stale. */
static int foreign_memory(writer *w, uintptr_t v, char *why, size_t n) {
  if (!mig_memmap_loaded()) {
    size_t nheap = 0;
    uintptr_t *heap = mig_xmalloc((w->nobjs + 1) * sizeof *heap);
    for (size_t i = 0; i < w->nobjs; i++)
      if (w->objs[i].kind == MIG_OBJ_HEAP) heap[nheap++] = w->objs[i].addr;
    mig_memmap_begin(heap, nheap);
    free(heap);
  }
  return mig_memmap_classify(v, why, n) != 0;
}

/* A data pointer in no saved object. Stale pointers (to freed blocks,
 * returned frames) are valid C as long as they are not used: saved as they
 * are and restored as non-NULL poison pointers. Pointers into memory the
 * runtime cannot move (a library's data, an open FILE, an unknown mapping)
 * are not: 1 with `why` filled. MIG_STRICT=1 treats every such pointer as
 * foreign. */
static int foreign_pointer(writer *w, uintptr_t v, char *why, size_t n) {
  char dir[512];
  if (mig_vf_inside_dir(v, dir, sizeof dir)) {
    snprintf(why, n, "points into the directory stream of %s (readdir's result): the entry "
                     "cannot be migrated, copy what is needed of it before a poll point", dir);
    return 1;
  }
  if (mig_cfg.strict) {
    snprintf(why, n, "points to memory the runtime does not know (%p)", (void *)v);
    return 1;
  }
  return foreign_memory(w, v, why, n);
}

/* A union does not say which member is live, so a pointer member is judged
 * by its value, as the receiver will judge it (below): the address of a
 * saved object (for a data pointer member) or of a known function (for a
 * function pointer member) is a pointer and gets translated; NULL,
 * or bits that point nowhere the process could use, are kept as they are
 * (another member's value, or a stale pointer). Bits that point into memory
 * the runtime cannot move may be a live foreign pointer: refused. */
static void check_union_member(writer *w, const wobj *o, long field, const __mig_type *u,
                               const __mig_type *t, const unsigned char *p) {
  char why[256], what[160];
  uintptr_t v;
  switch (t->kind) {
  case MIG_K_PTR:
  case MIG_K_FNPTR:
    memcpy(&v, p, sizeof v);
    /* Either kind of target will do: a function pointer member's value
     * sits in a data pointer member's bytes too, and the other way round;
     * the receiver translates each by the member of its own kind. */
    if (data_ptr_ok(w, v) || mig_function_name(v)) return;
    /* Only an open FILE: other values (garbage past an interpreter's stack
     * top that happens to point into a library) are kept, like a union's. */
    if (foreign_memory(w, v, what, sizeof what) &&
        strncmp(what, "points to an open FILE", 22) == 0) { /* not refused by MIG_STRICT alone:
                                                     the bits may be an integer */
      snprintf(why, sizeof why, "holds, in a pointer member of %s, a value that %s", u->name,
               what);
      mig_w_refuse(w, o, field, why);
    }
    return;
  case MIG_K_UNSAFE:
    snprintf(why, sizeof why, "has a member of type %s in %s, which cannot be migrated",
             t->name, u->name);
    mig_w_refuse(w, o, field, why);
    return;
  case MIG_K_STRUCT:
  case MIG_K_UNION:
    for (unsigned i = 0; i < t->nfields && !w->refused; i++) {
      const __mig_field *f = &t->fields[i];
      if (f->bit_width || !mig_typeinfo_of(f->type)->needs_check) continue;
      for (unsigned long e = 0; e < f->count && !w->refused; e++)
        check_union_member(w, o, field, u, f->type, p + f->offset + e * f->type->size);
    }
    return;
  default: return;
  }
}

static void check_ptrint(writer *w, const wobj *o, long field, const __mig_type *t,
                         const unsigned char *p);

static void check(writer *w, const wobj *o, long field, const __mig_type *t,
                  const unsigned char *p, uint64_t count, int top) {
  if (!mig_typeinfo_of(t)->needs_check) return;
  char why[256];
  for (uint64_t e = 0; e < count && !w->refused; e++, p += t->size) {
    uintptr_t v;
    switch (t->kind) {
    case MIG_K_MUTEX: mig_st_mutexes_note(w, o, field, p); break;
    case MIG_K_PTR:
      memcpy(&v, p, sizeof v);
      if (!data_ptr_ok(w, v) && foreign_pointer(w, v, why, sizeof why)) mig_w_refuse(w, o, field, why);
      break;
    case MIG_K_FNPTR:
      memcpy(&v, p, sizeof v);
      if (v && !mig_function_name(v))
      {
        snprintf(why, sizeof why, "points to a function the runtime does not know (%p)",
                 (void *)v);
        mig_w_refuse(w, o, field, why);
      } else if (v && fn_incompatible(mig_function_name(v), t, why, sizeof why)) {
        mig_w_refuse(w, o, field, why);
      }
      break;
    case MIG_K_UNION:
      check_union_member(w, o, field, t, t, p);
      break;
    case MIG_K_PTRINT: check_ptrint(w, o, field, t, p); break;
    case MIG_K_UNSAFE:
      snprintf(why, sizeof why, "has type %s, which cannot be migrated", t->name);
      mig_w_refuse(w, o, field, why);
      break;
    case MIG_K_STRUCT:
      for (unsigned i = 0; i < t->nfields && !w->refused; i++) {
        const __mig_field *f = &t->fields[i];
        if (f->bit_width) continue;
        check(w, o, top ? (long)i : field, f->type, p + f->offset, f->count, 0);
      }
      break;
    default: break;
    }
  }
}

/* Untyped bytes (a block from an allocator mig-pp could not type) are judged
 * word by word as the receiver will (below, mig_r_rebase_untyped):
 * the address of a saved object or known function is re-based, other values
 * kept; a value pointing to an open FILE (other than the standard streams)
 * is refused: an interpreter's file handle. */
static void check_untyped(writer *w, const wobj *o) {
  const unsigned char *p = (const unsigned char *)o->addr;
  uint64_t n = o->count * o->type->size;
  char why[256], what[160];
  for (uint64_t off = 0; off + sizeof(uintptr_t) <= n && !w->refused; off += sizeof(uintptr_t)) {
    uintptr_t v;
    memcpy(&v, p + off, sizeof v);
    if (v < 4096 || data_ptr_ok(w, v) || mig_function_name(v)) continue;
    /* Only an open FILE: other values (garbage past an interpreter's stack
     * top that happens to point into a library) are kept, like a union's. */
    if (foreign_memory(w, v, what, sizeof what) &&
        strncmp(what, "points to an open FILE", 22) == 0) {
      snprintf(why, sizeof why, "holds, at byte %llu of its untyped bytes, a value that %s",
               (unsigned long long)off, what);
      mig_w_refuse(w, o, -1, why);
    }
  }
}

/* A pointer-carrying integer (MIG_K_PTRINT: a `long` or `uintptr_t` mig-pp
 * saw assigned from a pointer) may hold a pointer or a plain number at any
 * moment: the address of a saved object is re-based on restore, anything
 * else stays a number. A value pointing to memory the runtime cannot move
 * (a library's data, an open FILE) is kept as a number too, since it may
 * be one; MIG_STRICT=1 refuses it instead, naming the variable. */
static void check_ptrint(writer *w, const wobj *o, long field, const __mig_type *t,
                         const unsigned char *p) {
  char why[256], what[160];
  uint64_t v;
  if (t->size == 8) {
    memcpy(&v, p, 8);
  } else {
    uint32_t v32;
    memcpy(&v32, p, 4);
    v = v32;
  }
  if (v < 4096 || v != (uintptr_t)v || data_ptr_ok(w, (uintptr_t)v) ||
      mig_function_name((uintptr_t)v))
    return;
  if (!foreign_memory(w, (uintptr_t)v, what, sizeof what)) return; /* a number, or stale */
  if (mig_cfg.strict || strncmp(what, "points to an open FILE", 22) == 0) {
    snprintf(why, sizeof why,
             "is an integer that holds a pointer (assigned from one), and its value %s%s", what,
             mig_cfg.strict ? " (MIG_STRICT=1)" : "");
    mig_w_refuse(w, o, field, why);
  }
}

/* Every saved object's pointers (read-only globals are not saved). */
void mig_st_pointers_check(writer *w) {
  for (size_t i = 0; i < w->nobjs && !w->refused; i++) {
    const wobj *o = &w->objs[i];
    int top = o->kind == MIG_OBJ_REGFRAME || o->kind == MIG_OBJ_SHADOW;
    if (o->kind == MIG_OBJ_RODATA) continue; /* not saved */
    check(w, o, -1, o->type, (const unsigned char *)o->addr, o->count, top);
    if (o->type->kind == MIG_K_BYTES && o->kind == MIG_OBJ_HEAP) check_untyped(w, o);
  }
}

/*--- Restore ------------------------------------------------------------------*/
static uintptr_t poison_pointer(uint64_t v) {
  uintptr_t p = mig_poison_pointer(v);
  if (!p) mig_r_fail("cannot reserve memory for stale pointers");
  return p;
}

uintptr_t mig_r_xlate_ptr(rctx *x, uint64_t v) {
  if (!v) return 0;
  for (uint32_t i = 0; i < x->c.nspecials; i++)
    if (x->c.specials[i].addr == v)
      switch (x->c.specials[i].id) {
      case MIG_SPECIAL_STDIN: return (uintptr_t)stdin;
      case MIG_SPECIAL_STDOUT: return (uintptr_t)stdout;
      default: return (uintptr_t)stderr;
      }
  const mig_range *rg = mig_objmap_find(&x->map, v);
  uintptr_t stream;
  if (!rg && mig_vf_xlate(v, &stream)) return stream; /* a re-opened FILE, DIR */
  if (!rg) return poison_pointer(v);
  uint64_t off = v - rg->start;
  if (rg->id >= x->c.nobjects) {
    uint32_t l = rg->id - x->c.nobjects;
    if (!x->lit[l]) mig_r_fail("string literal %s is not in this program", x->c.literals[l].name);
    if (off > x->litsize[l]) mig_r_fail("pointer past the end of literal %s", x->c.literals[l].name);
    return (uintptr_t)x->lit[l] + off;
  }
  const mig_robject *o = &x->c.objects[rg->id];
  const __mig_type *r = x->rtype[rg->id];
  uint64_t elems = o->count * x->c.types[o->type].size, roff;
  if (off >= elems) roff = o->count * r->size + (off - elems); /* tail, end */
  else roff = mig_r_map_offset(x, o->type, r, off);
  return (uintptr_t)x->raddr[rg->id] + roff;
}

uintptr_t mig_r_xlate_fn(rctx *x, uint64_t v, const __mig_type *declared) {
  uintptr_t name;
  char why[512];
  if (!v) return 0;
  if (!mig_ptrmap_get(&x->fnames, (uintptr_t)v, &name))
    mig_r_fail("function pointer %#llx is not in the checkpoint's function table", (unsigned long long)v);
  void *a = mig_function_addr((const char *)name);
  if (!a) mig_r_fail("function %s is not in this program", (const char *)name);
  if (fn_incompatible((const char *)name, declared, why, sizeof why)) mig_r_fail("%s", why);
  return (uintptr_t)a;
}

/* A union's function pointer member may hold a function compatible with
 * any function pointer member of the union (the live member is not known):
 * `declared` is the union's own (receiver) descriptor. */
static int union_accepts_fn(const __mig_type *u, const __mig_type *fn, int depth) {
  if (!u || depth > 16) return 1;
  if (u->kind == MIG_K_FNPTR) return mig_fnptr_compatible(u, fn);
  if (u->kind != MIG_K_STRUCT && u->kind != MIG_K_UNION) return 0;
  for (unsigned i = 0; i < u->nfields; i++)
    if (union_accepts_fn(u->fields[i].type, fn, depth + 1)) return 1;
  return 0;
}

uintptr_t mig_r_xlate_union_fn(rctx *x, uint64_t v, const __mig_type *u) {
  uintptr_t name;
  if (!v || !mig_ptrmap_get(&x->fnames, (uintptr_t)v, &name)) return mig_r_xlate_fn(x, v, NULL);
  const __mig_type *ft = mig_function_type((const char *)name);
  if (!union_accepts_fn(u, ft, 0))
    mig_r_fail("a function pointer member of %s points to function %s of type %s, not "
               "compatible with any function pointer member", u->name, (const char *)name,
               ft->name);
  return mig_r_xlate_fn(x, v, NULL);
}

/* Pointer members of a union copied as bytes (same layout on both sides),
 * judged by their value exactly as the writer judged them: the sender
 * address of a saved object, literal, standard stream or known function is
 * translated; anything else (NULL, another member's bits, a stale pointer)
 * stays. Values are read from the sender's bytes, so two members with a
 * pointer at the same place are translated once, the same way. */
int mig_r_is_sender_object(rctx *x, uint64_t v) {
  for (uint32_t i = 0; i < x->c.nspecials; i++)
    if (x->c.specials[i].addr == v) return 1;
  uintptr_t stream;
  return mig_objmap_find(&x->map, v) != NULL || mig_vf_xlate(v, &stream);
}

/* Bits kept in a union's function pointer member must not be code of this
 * process: the sender's functions are translated by name, so such bits can
 * only come from a crafted file (a jump to a function of the file's
 * choosing). Only in a 64-bit process: in a 32-bit one another member's
 * integer or double bits land in code too often (a false refusal). */
void mig_r_check_kept_bits(rctx *x, uint64_t v) {
  (void)x;
  if (sizeof(void *) == 8 && v >= 4096 && v == (uintptr_t)v &&
      mig_points_to_code((uintptr_t)v))
    mig_r_fail("a pointer member holds %#llx, an address of code in this process that is no "
               "function of the checkpoint", (unsigned long long)v);
}

void mig_r_rebase_union(rctx *x, uint32_t si, const __mig_type *u, const unsigned char *src,
                        unsigned char *dst) {
  const mig_rtype *s = &x->c.types[si];
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  uintptr_t name;
  uint64_t v;
  switch (s->kind) {
  case MIG_K_PTR:
    v = (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order);
    if (v && mig_r_is_sender_object(x, v))
      mig_store_uint(dst, (unsigned)s->size, ra->byte_order, mig_r_xlate_ptr(x, v));
    return;
  case MIG_K_FNPTR:
    v = (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order);
    if (v && mig_ptrmap_get(&x->fnames, (uintptr_t)v, &name))
      mig_store_uint(dst, (unsigned)s->size, ra->byte_order, mig_r_xlate_union_fn(x, v, u));
    else if (v && !mig_r_is_sender_object(x, v))
      mig_r_check_kept_bits(x, v);
    return;
  case MIG_K_STRUCT:
  case MIG_K_UNION:
    for (uint32_t i = 0; i < s->nfields; i++) {
      const mig_rfield *f = &s->fields[i];
      uint64_t size = x->c.types[f->type].size;
      if (f->bit_width || !x->c.types[f->type].has_ptr) continue;
      for (uint64_t e = 0; e < f->count; e++)
        mig_r_rebase_union(x, f->type, u, src + f->offset + e * size, dst + f->offset + e * size);
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
      uintptr_t stream;
      if (k == x->c.nspecials && !(is_fn = mig_ptrmap_get(&x->fnames, (uintptr_t)v, &fname)) &&
          !mig_vf_xlate(v, &stream))
        continue;
    } else if (!mig_r_is_sender_object(x, v)) {
      continue;
    }
    if (mig_cfg.strict)
      mig_r_fail("untyped memory holds what looks like a pointer at byte %llu (MIG_STRICT=1 "
           "refuses the conservative pointer scan; give the memory a type)",
           (unsigned long long)off);
    if (ps != ra->size[MIG_K_PTR] || sa->byte_order != ra->byte_order)
      mig_r_fail("untyped memory holds a pointer at byte %llu, and untyped bytes cannot be "
           "converted between %s and %s (give the memory a type)",
           (unsigned long long)off, sa->machine, ra->machine);
    mig_store_uint(dst + (off - from), ps, ra->byte_order,
                   is_fn ? mig_r_xlate_fn(x, v, NULL) : mig_r_xlate_ptr(x, v));
  }
}

/* Object i after conversion: its untyped parts scanned. */
void mig_r_rebase_untyped(rctx *x, uint32_t i) {
  const mig_robject *o = &x->c.objects[i];
  const mig_rtype *s = &x->c.types[o->type];
  uint64_t whole = o->count * s->size;
  if (is_untyped_kind(s->kind))
    scan_untyped(x, o, 0, o->nbytes, x->raddr[i]);
  else if (o->nbytes > whole)
    scan_untyped(x, o, whole, o->nbytes, x->raddr[i] + o->count * x->rtype[i]->size);
}

void mig_r_conv_ptrint(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                       unsigned char *dst) {
  const mig_rtype *s = &x->c.types[si];
  const mig_arch *sa = &x->c.arch, *ra = &x->self;
  uint64_t v = (uint64_t)mig_load_uint(src, (unsigned)s->size, sa->byte_order);
  if (v >= 4096 && mig_r_is_sender_object(x, v)) {
    mig_store_uint(dst, (unsigned)r->size, ra->byte_order, mig_r_xlate_ptr(x, v));
    return;
  }
  mig_i128 n = mig_load_int(src, (unsigned)s->size, sa->byte_order,
                            mig_kind_signed(sa, s->kind, s->flags));
  if (mig_store_int(dst, (unsigned)r->size, ra->byte_order, mig_kind_signed(ra, r->kind, r->flags),
                    n))
    mig_r_fail("%s value %lld (no saved object's address) does not fit in %lu bytes here",
               r->name, (long long)n, r->size);
}

/* A thread's argument or return value: a pointer into a saved object is
 * translated; anything else is kept as it is, since `(void *)(long)i` is
 * how programs commonly pass integers through pthread_create and
 * pthread_exit. */
void *mig_r_xlate_value(rctx *x, uint64_t v) {
  for (uint32_t i = 0; i < x->c.nspecials; i++)
    if (x->c.specials[i].addr == v) return (void *)mig_r_xlate_ptr(x, v);
  return mig_objmap_find(&x->map, v) ? (void *)mig_r_xlate_ptr(x, v) : (void *)(uintptr_t)v;
}
