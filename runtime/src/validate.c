/*===- validate.c - A checkpoint's objects against this program -----------===*
 * See validate.h. The rule behind every check: the size of anything the
 * restore writes comes from this program (its registry and type
 * descriptors), never from the file; the file only has to agree.
 *===----------------------------------------------------------------------===*/
#include "validate.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FAIL(...)                                                            \
  do {                                                                       \
    snprintf(err, errlen, __VA_ARGS__);                                      \
    return -1;                                                               \
  } while (0)

#define ULL(v) ((unsigned long long)(v))

/* Receiver bytes of an allocated object may exceed the sender's only by
 * layout growth (4-byte pointers becoming 8, long double 8 -> 16): at most
 * 2x; 4x leaves room and still bounds a crafted type by the file. */
#define GROWTH 4u
#define GROWTH_SLACK 4096u

static int all_zero(const unsigned char *p, uint64_t n) {
  for (uint64_t i = 0; i < n; i++)
    if (p[i]) return 0;
  return 1;
}

int mig_validate_object(const mig_ckpt *c, const mig_robject *o, const __mig_type *r,
                        uint64_t *rbytes, char *err, size_t errlen) {
  uint64_t ssize = c->types[o->type].size;
  uint64_t tail = o->nbytes - o->count * ssize; /* reader: count*ssize <= nbytes */
  uint64_t elems;
  switch (o->kind) {
  case MIG_OBJ_ARGV:
  case MIG_OBJ_ENVP: /* the program walks them to their NULL */
    /* (no data yet: a streamed restore checks again once it is read) */
    if (!o->count || !ssize || (o->data && !all_zero(o->data + (o->count - 1) * ssize, ssize)))
      FAIL("the vector does not end with a null pointer");
    /* fall through */
  case MIG_OBJ_GLOBAL:
  case MIG_OBJ_RODATA:
  case MIG_OBJ_TLS:
    if (tail) FAIL("%llu bytes in the checkpoint for %llu elements of %llu bytes", ULL(o->nbytes),
                   ULL(o->count), ULL(ssize));
    break;
  case MIG_OBJ_SHADOW:
  case MIG_OBJ_REGFRAME:
    if (o->count != 1 || tail)
      FAIL("a frame is one element, the checkpoint has %llu elements and %llu bytes",
           ULL(o->count), ULL(o->nbytes));
    break;
  case MIG_OBJ_STRING:
    if (o->count != o->nbytes) FAIL("bad string size");
    break;
  default: /* heap blocks, allocas: whole elements and a partial one */
    if (ssize && tail >= ssize)
      FAIL("%llu bytes in the checkpoint for %llu elements of %llu bytes", ULL(o->nbytes),
           ULL(o->count), ULL(ssize));
  }
  if (__builtin_mul_overflow(o->count, (uint64_t)r->size, &elems) ||
      __builtin_add_overflow(elems, tail, rbytes))
    FAIL("%llu elements of %lu bytes do not fit in memory", ULL(o->count), (unsigned long)r->size);
  /* Allocated here with a size derived from the file: bounded by it. */
  if ((o->kind == MIG_OBJ_HEAP || o->kind == MIG_OBJ_ALLOCA) &&
      (o->nbytes > (UINT64_MAX - GROWTH_SLACK) / GROWTH ||
       *rbytes > o->nbytes * GROWTH + GROWTH_SLACK))
    FAIL("%llu bytes here for %llu in the checkpoint: type %s does not match", ULL(*rbytes),
         ULL(o->nbytes), r->name);
  return 0;
}

int64_t mig_heap_name_align(const char *name) {
  if (!name[0]) return 0;
  if (strncmp(name, "align:", 6) != 0) return -1;
  char *end;
  unsigned long long a = strtoull(name + 6, &end, 10);
  if (*end || name[6] < '0' || name[6] > '9' || a < 32 || (a & (a - 1)) || a > (1ull << 30))
    return -1;
  return (int64_t)a;
}

int mig_validate_reserve(const mig_ckpt *c, mig_reserve *res, uint64_t bytes, uint64_t align,
                         char *err, size_t errlen) {
  /* An alignment beyond a page is only kept for a block at least as large
   * (aligned_alloc(2 MiB, 2 MiB) for huge pages): otherwise a few bytes of
   * file could reserve a gigabyte of address space each. */
  if (align > 4096 && align > bytes)
    FAIL("alignment %llu for a block of %llu bytes", ULL(align), ULL(bytes));
  uint64_t budget = c->file_size > (UINT64_MAX >> 4) ? UINT64_MAX
                                                     : c->file_size * 8 + (64u << 20);
  uint64_t add = bytes + align;
  if (add < bytes || res->total + add < res->total || res->total + add > budget)
    FAIL("the objects would take more than %llu bytes, more than a %llu-byte checkpoint can "
         "hold", ULL(budget), ULL(c->file_size));
  /* A 32-bit receiver cannot hold what a 64-bit sender may have allocated:
   * refuse before allocating anything rather than fail half-way (or wrap a
   * size). The limit leaves a quarter of the address space to the program,
   * its libraries and stacks. */
  uint64_t space = (uint64_t)SIZE_MAX / 4 * 3;
  if (res->total + add > space)
    FAIL("the objects need %llu bytes here, more than this %u-bit process can hold",
         ULL(res->total + add), (unsigned)(8 * sizeof(void *)));
  res->total += add;
  return 0;
}

int mig_validate_literal(const char *name, uint64_t size, uint64_t here, char *err,
                         size_t errlen) {
  if (size != here)
    FAIL("string literal %s has %llu bytes here, %llu in the checkpoint", name, ULL(here),
         ULL(size));
  return 0;
}

/* 1 when a MIG_K_MUTEX element of sender type ti starts at byte off. */
static int mutex_at(const mig_ckpt *c, uint32_t ti, uint64_t off) {
  const mig_rtype *t = &c->types[ti];
  if (t->kind == MIG_K_MUTEX) return off == 0;
  if (t->kind != MIG_K_STRUCT) return 0; /* unions: which member is live is unknown */
  for (uint32_t i = 0; i < t->nfields; i++) {
    const mig_rfield *f = &t->fields[i];
    uint64_t fs = c->types[f->type].size;
    if (f->bit_width || !fs || off < f->offset || off - f->offset >= fs * f->count) continue;
    return mutex_at(c, f->type, (off - f->offset) % fs);
  }
  return 0;
}

static const mig_rmutex *table_entry(const mig_ckpt *c, uint64_t addr) {
  size_t lo = 0, hi = c->nmutexes;
  while (lo < hi) { /* the reader checked the table is sorted */
    size_t mid = lo + (hi - lo) / 2;
    if (c->mutexes[mid].addr == addr) return &c->mutexes[mid];
    if (c->mutexes[mid].addr < addr) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

static int check_held(const mig_ckpt *c, const mig_rthread *t, uint32_t k, uint64_t a,
                      uint32_t *owner, uint32_t (*obj_of)(void *, uint64_t), void *ctx,
                      char *err, size_t errlen) {
  const mig_rmutex *m = table_entry(c, a);
  if (!m) FAIL("thread %llu holds a mutex at %#llx that is not in the mutex table", ULL(t->id),
               ULL(a));
  uint32_t oi = obj_of(ctx, a);
  if (oi == UINT32_MAX || c->objects[oi].kind == MIG_OBJ_RODATA)
    FAIL("thread %llu holds a mutex at %#llx outside the saved objects", ULL(t->id), ULL(a));
  const mig_robject *o = &c->objects[oi];
  uint64_t off = a - o->addr, ssize = c->types[o->type].size;
  if (!ssize || off >= o->count * ssize || !mutex_at(c, o->type, off % ssize))
    FAIL("thread %llu holds a mutex at %#llx, which is not a pthread_mutex_t of %s %s",
         ULL(t->id), ULL(a), mig_object_kind_name(o->kind), o->name);
  /* The same mutex held again: only by its owner, and only if recursive
   * (else the rewinding thread would deadlock re-acquiring it). */
  uint32_t *own = &owner[m - c->mutexes];
  if (*own && (*own != k + 1 || m->type != MIG_MUTEX_RECURSIVE))
    FAIL("mutex at %#llx is held twice (threads %u and %llu)", ULL(a), *own, ULL(t->id));
  *own = k + 1;
  return 0;
}

int mig_validate_held_mutexes(const mig_ckpt *c, uint32_t (*obj_of)(void *, uint64_t),
                              void *ctx, char *err, size_t errlen) {
  uint32_t *owner = calloc((size_t)c->nmutexes + 1, sizeof *owner); /* thread index + 1 */
  int rc = 0;
  for (uint32_t k = 0; k < c->nthreads && rc == 0; k++) {
    const mig_rthread *t = &c->threads[k];
    for (uint32_t i = 0; i < t->nheld && rc == 0; i++)
      rc = check_held(c, t, k, t->held[i], owner, obj_of, ctx, err, errlen);
  }
  free(owner);
  return rc;
}
