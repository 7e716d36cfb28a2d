/*===- types.c - Scalar descriptors and per-type facts --------------------===*/
#include "types.h"
#include "convert.h"
#include "util.h"
#include <stdlib.h>
#include <string.h>

#define SCALAR(var, nm, kind, T, fl)                                        \
  const __mig_type var = {nm, kind, fl, sizeof(T), _Alignof(T), 0, 0, 0}
SCALAR(__mig_type_bool, "_Bool", MIG_K_BOOL, _Bool, 0);
SCALAR(__mig_type_char, "char", MIG_K_CHAR, char, 0);
SCALAR(__mig_type_schar, "signed char", MIG_K_SCHAR, signed char, 0);
SCALAR(__mig_type_uchar, "unsigned char", MIG_K_UCHAR, unsigned char, 0);
SCALAR(__mig_type_short, "short", MIG_K_SHORT, short, 0);
SCALAR(__mig_type_ushort, "unsigned short", MIG_K_USHORT, unsigned short, 0);
SCALAR(__mig_type_int, "int", MIG_K_INT, int, 0);
SCALAR(__mig_type_uint, "unsigned int", MIG_K_UINT, unsigned, 0);
SCALAR(__mig_type_long, "long", MIG_K_LONG, long, 0);
SCALAR(__mig_type_ulong, "unsigned long", MIG_K_ULONG, unsigned long, 0);
SCALAR(__mig_type_llong, "long long", MIG_K_LLONG, long long, 0);
SCALAR(__mig_type_ullong, "unsigned long long", MIG_K_ULLONG, unsigned long long, 0);
SCALAR(__mig_type_float, "float", MIG_K_FLOAT, float, 0);
SCALAR(__mig_type_double, "double", MIG_K_DOUBLE, double, 0);
SCALAR(__mig_type_ldouble, "long double", MIG_K_LDOUBLE, long double, 0);
SCALAR(__mig_type_ptr, "void *", MIG_K_PTR, void *, MIG_TF_HAS_PTR);
SCALAR(__mig_type_fnptr, "void (*)(void)", MIG_K_FNPTR, void (*)(void), MIG_TF_HAS_PTR);
SCALAR(__mig_type_bytes, "bytes", MIG_K_BYTES, char, 0);

static const __mig_type *const scalars[] = {
    &__mig_type_bool,  &__mig_type_char,   &__mig_type_schar,  &__mig_type_uchar,
    &__mig_type_short, &__mig_type_ushort, &__mig_type_int,    &__mig_type_uint,
    &__mig_type_long,  &__mig_type_ulong,  &__mig_type_llong,  &__mig_type_ullong,
    &__mig_type_float, &__mig_type_double, &__mig_type_ldouble, &__mig_type_ptr,
    &__mig_type_fnptr, &__mig_type_bytes};

static mig_ptrmap info_index; /* descriptor -> its mig_typeinfo (stable) */
static mig_strmap by_name;

static uint32_t *probe_bitfields(const __mig_type *t) {
  uint32_t *pos = mig_xcalloc(t->nfields, sizeof *pos);
  unsigned char *buf = mig_xmalloc(t->size);
  for (unsigned i = 0; i < t->nfields; i++) {
    if (!t->fields[i].bit_width) continue;
    memset(buf, 0, t->size);
    t->probe(t->fields[i].bit_index, buf);
    mig_arch self;
    mig_arch_self(&self);
    pos[i] = mig_bitfield_lsb(buf, t->size, self.byte_order);
  }
  free(buf);
  return pos;
}

const mig_typeinfo *mig_typeinfo_of(const __mig_type *t) {
  uintptr_t found;
  if (mig_ptrmap_get(&info_index, (uintptr_t)t, &found)) return (mig_typeinfo *)found;
  int has_ptr = t->kind == MIG_K_PTR || t->kind == MIG_K_FNPTR || t->kind == MIG_K_PTRINT;
  /* Mutexes are looked at too: the writer records their types. */
  int check = has_ptr || t->kind == MIG_K_UNSAFE || t->kind == MIG_K_MUTEX ||
              (t->flags & MIG_TF_HAS_PTR);
  for (unsigned i = 0; i < t->nfields; i++) {
    const mig_typeinfo *f = mig_typeinfo_of(t->fields[i].type);
    has_ptr |= f->has_ptr;
    check |= f->needs_check;
  }
  mig_typeinfo *ti = mig_xmalloc(sizeof *ti);
  ti->type = t;
  ti->has_ptr = has_ptr;
  ti->needs_check = check;
  ti->bit_offset = t->probe ? probe_bitfields(t) : NULL;
  mig_ptrmap_put(&info_index, (uintptr_t)t, (uintptr_t)ti);
  return ti;
}

void mig_types_add(const __mig_type *t) {
  if (!t) return;
  if (!by_name.cap) /* scalars first, so units cannot shadow them */
    for (size_t i = 0; i < sizeof scalars / sizeof *scalars; i++)
      mig_strmap_put(&by_name, scalars[i]->name, (void *)scalars[i]);
  if (mig_strmap_get(&by_name, t->name)) return;
  mig_strmap_put(&by_name, t->name, (void *)t);
  for (unsigned i = 0; i < t->nfields; i++) mig_types_add(t->fields[i].type);
}

const __mig_type *mig_type_by_name(const char *name) {
  if (!by_name.cap) mig_types_add(&__mig_type_bytes);
  return mig_strmap_get(&by_name, name);
}

/*--- Function signatures ------------------------------------------------------*/
static const char UNPROTOTYPED[] = " (*)()";

/* "R (*)()": its R (length in *n), else NULL. */
static const char *unprototyped_return(const char *sig, size_t *n) {
  size_t len = strlen(sig), tail = sizeof UNPROTOTYPED - 1;
  if (len < tail || strcmp(sig + len - tail, UNPROTOTYPED) != 0) return NULL;
  *n = len - tail;
  return sig;
}

/* `proto` returns the r (of length n) of an unprototyped signature. */
static int same_return(const char *proto, const char *r, size_t n) {
  return strncmp(proto, r, n) == 0 && strncmp(proto + n, " (*)(", 5) == 0;
}

int mig_fnptr_compatible(const __mig_type *declared, const __mig_type *fn) {
  if (!declared || !fn || declared == fn) return 1;
  if (declared->kind != MIG_K_FNPTR || fn->kind != MIG_K_FNPTR) return 0;
  if (strcmp(declared->name, fn->name) == 0) return 1;
  if (strcmp(declared->name, __mig_type_fnptr.name) == 0) return 1;
  size_t n;
  const char *r = unprototyped_return(declared->name, &n);
  if (r) return same_return(fn->name, r, n);
  r = unprototyped_return(fn->name, &n);
  return r && same_return(declared->name, r, n);
}
