/*===- restore.c - Reading a checkpoint back into this process ------------===*
 * Receiver makes right. Every object gets a place in this process first
 * (globals in place, heap blocks reallocated and registered, shadow frames
 * and allocas exactly where the rewinding pushes will land, register frames
 * in the frame-record storage: the kinds' hooks, kinds.c), then each object
 * is converted from the sender's layout (objconv.c): a bulk copy when the
 * layouts are identical, field by field otherwise, and every pointer is
 * re-based: sender address -> (object, element, field, byte offset) -> the
 * same place in this layout (state_pointers.c). Function pointers go by
 * name. Any inconsistency is a one-line error and exit 2 (rctx.c).
 *===----------------------------------------------------------------------===*/
#include "restore.h"
#include "ckstream.h"
#include "code_ranges.h"
#include "counters.h"
#include "key.h"
#include "kinds.h"
#include "rctx.h"
#include "registry.h"
#include "state_argv.h"
#include "state_frames.h"
#include "state_globals.h"
#include "state_heap.h"
#include "state_pointers.h"
#include "types.h"
#include "validate.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*--- Placing the objects -------------------------------------------------------*/
static const __mig_type *receiver_type(rctx *x, const mig_robject *o) {
  const mig_rtype *s = &x->c.types[o->type];
  const __mig_type *t = NULL;
  switch (o->kind) {
  case MIG_OBJ_GLOBAL:
  case MIG_OBJ_RODATA:
  case MIG_OBJ_TLS: t = mig_st_globals_type_here(x, o); break;
  case MIG_OBJ_SHADOW: t = mig_st_frames_type_here(o, 1); break;
  case MIG_OBJ_REGFRAME: t = mig_st_frames_type_here(o, 0); break;
  case MIG_OBJ_ARGV:
  case MIG_OBJ_ENVP: t = &__mig_type_ptr; break;
  case MIG_OBJ_STRING: t = &__mig_type_bytes; break;
  default: /* heap blocks, allocas (VLAs are typed): one lookup per sender type */
    if (!x->by_sidx[o->type]) x->by_sidx[o->type] = mig_type_by_name(s->name);
    t = x->by_sidx[o->type];
    if (!t) mig_r_fail("type %s of a heap block is not in this program", s->name);
  }
  if (strcmp(t->name, s->name) != 0 || t->kind != s->kind)
    mig_r_fail("object of type %s in the checkpoint is of type %s here", s->name, t->name);
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
    x->what = mig_r_describe(o, what, sizeof what);
    mig_r_fail("%s", err);
  }
}

static void place_objects(rctx *x) {
  mig_reserve res = {0};
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    const __mig_type *r = receiver_type(x, o);
    x->rtype[i] = r;
    validate_object(x, i, r, &res);
  }
  mig_objmap_reserve(&x->map, (size_t)x->c.nobjects + x->c.nliterals);
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    switch (o->kind) {
    case MIG_OBJ_GLOBAL:
    case MIG_OBJ_RODATA: mig_st_globals_place(x, i); break;
    case MIG_OBJ_HEAP: mig_st_heap_place(x, i); break;
    case MIG_OBJ_ARGV:
    case MIG_OBJ_ENVP:
    case MIG_OBJ_STRING: mig_st_argv_place(x, i); break;
    default: break; /* frames and allocas: mig_st_frames_place() */
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
      mig_r_fail("%s", err);
    mig_objmap_add(&x->map, x->c.literals[l].addr, x->c.literals[l].size, x->c.nobjects + l);
  }
  uint32_t a, b;
  mig_objmap_sort(&x->map, &a, &b);
  if (a != UINT32_MAX) mig_r_fail("objects #%u and #%u overlap", a, b);
}

/*--- Reading: a heap block of the same layout straight into its place ---------*/
static unsigned char *direct_dest(void *ctx, uint32_t i) {
  rctx *x = ctx;
  const mig_robject *o = &x->c.objects[i];
  if (o->kind != MIG_OBJ_HEAP || x->rbytes[i] != o->nbytes ||
      !mig_r_inplace_ok(x, o->type, x->rtype[i]))
    return NULL;
  x->direct[i] = 1;
  return x->raddr[i];
}

/* argv and envp end with a null pointer: checked once their bytes are read. */
static void check_vectors(rctx *x) {
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    char err[256], what[300];
    uint64_t rb;
    if ((o->kind == MIG_OBJ_ARGV || o->kind == MIG_OBJ_ENVP) &&
        mig_validate_object(&x->c, o, x->rtype[i], &rb, err, sizeof err)) {
      x->what = mig_r_describe(o, what, sizeof what);
      mig_r_fail("%s", err);
    }
  }
}

/* A type of the checkpoint this target does not have (`__int128` on a
 * 32-bit target), or NULL: why the same source has another fingerprint
 * here (its variables of that type are left out by #ifdef here). */
static const char *type_missing_here(const mig_ckpt *c) {
#ifndef __SIZEOF_INT128__
  for (uint32_t i = 0; i < c->ntypes; i++)
    if (c->types[i].kind == MIG_K_INT128 || c->types[i].kind == MIG_K_UINT128)
      return c->types[i].name;
#endif
  (void)c;
  return NULL;
}

void mig_restore(const char *path) {
  static rctx x;
  char err[512];
  x.path = strcmp(path, "-") == 0 ? "standard input" : path;
  mig_r_set_current(&x);
  size_t keylen;
  const unsigned char *key = mig_key(&keylen);
  /* One pass over the file or pipe; nothing read is used before the stream
   * is verified (mig_stream_finish; an earlier error verifies it first). */
  mig_stream *st = mig_stream_open(path, key, keylen, &x.c, err, sizeof err);
  if (!st) mig_r_fail("%s", err);
  mig_arch_self(&x.self);
  if (x.c.fingerprint != mig_fingerprint() && type_missing_here(&x.c))
    mig_r_fail("it holds values of type %s, which %s does not have (fingerprint %016llx, "
               "this program %016llx)",
               type_missing_here(&x.c), x.self.machine, (unsigned long long)x.c.fingerprint,
               (unsigned long long)mig_fingerprint());
  if (x.c.fingerprint != mig_fingerprint())
    mig_r_fail("it was written by another program or another build of it "
         "(fingerprint %016llx, this program %016llx)",
         (unsigned long long)x.c.fingerprint, (unsigned long long)mig_fingerprint());
  size_t n = x.c.nobjects + 1;
  x.rtype = mig_xcalloc(n, sizeof *x.rtype);
  x.raddr = mig_xcalloc(n, sizeof *x.raddr);
  x.rbytes = mig_xcalloc(n, sizeof *x.rbytes);
  x.lit = mig_xcalloc(x.c.nliterals + 1, sizeof *x.lit);
  x.litsize = mig_xcalloc(x.c.nliterals + 1, sizeof *x.litsize);
  x.same = mig_xmalloc(x.c.ntypes + 1);
  x.by_sidx = mig_xcalloc(x.c.ntypes + 1, sizeof *x.by_sidx);
  x.checked = mig_xcalloc(x.c.ntypes + 1, 1);
  x.inplace = mig_xmalloc(x.c.ntypes + 1);
  x.direct = mig_xcalloc(n, 1);
  memset(x.same, -1, x.c.ntypes + 1);
  memset(x.inplace, -1, x.c.ntypes + 1);
  for (uint32_t i = 0; i < x.c.nfuncs; i++)
    mig_ptrmap_put(&x.fnames, (uintptr_t)x.c.funcs[i].addr, (uintptr_t)x.c.funcs[i].name);

  place_objects(&x); /* heap blocks first: the stream reads into them */
  if (mig_stream_read_data(st, direct_dest, &x, err, sizeof err) ||
      mig_stream_finish(st, err, sizeof err))
    mig_r_fail("%s", err);
  check_vectors(&x);
  for (unsigned k = 0; k < mig_nkinds; k++) /* verified: threads may start */
    if (mig_kinds[k].start) mig_kinds[k].start(&x);
  for (unsigned k = 0; k < mig_nkinds; k++)
    if (mig_kinds[k].place) mig_kinds[k].place(&x);
  mig_st_globals_load_writable();
  for (uint32_t i = 0; i < x.c.nobjects; i++) {
    const mig_robject *o = &x.c.objects[i];
    uint64_t ssz = x.c.types[o->type].size, tail = o->nbytes - o->count * ssz;
    if (o->kind == MIG_OBJ_RODATA) continue; /* already right here */
    if (o->kind == MIG_OBJ_GLOBAL && !mig_st_globals_writable(x.raddr[i], x.rbytes[i])) continue;
    x.describe_obj = 1; /* mig_r_fail names it: no snprintf per object */
    x.obj = o;
    if (x.direct[i]) {
      mig_r_fix_inplace(&x, o->type, x.rtype[i], x.raddr[i], o->count);
    } else {
      mig_r_conv(&x, o->type, x.rtype[i], o->data, x.raddr[i], o->count);
      memcpy(x.raddr[i] + o->count * x.rtype[i]->size, o->data + o->count * ssz, tail);
    }
    if (o->kind != MIG_OBJ_STRING && o->kind != MIG_OBJ_ARGV && o->kind != MIG_OBJ_ENVP)
      mig_r_rebase_untyped(&x, i);
  }
  x.what = NULL;
  x.describe_obj = 0;
  for (unsigned k = 0; k < mig_nkinds; k++)
    if (mig_kinds[k].finish) mig_kinds[k].finish(&x);
  mig_count.polls = 0;

  mig_objmap_free(&x.map);
  mig_ptrmap_free(&x.fnames);
  mig_st_globals_forget_writable();
  free(x.rtype); free(x.raddr); free(x.rbytes); free(x.lit); free(x.litsize); free(x.same);
  free(x.by_sidx);
  free(x.checked);
  free(x.inplace);
  free(x.direct);
  for (uint32_t i = 0; x.uplans && i < x.c.ntypes; i++) free(x.uplans[i].slots);
  free(x.uplans);
  mig_code_ranges_forget();
  free(x.thr);
  mig_ckpt_free(&x.c); /* program/type names are not kept after this */
  mig_stream_close(st);
  mig_r_set_current(NULL);
}
