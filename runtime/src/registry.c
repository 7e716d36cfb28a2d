/*===- registry.c - Units, globals, functions, literals, fingerprint ------===*
 * Units register from constructors, before main() and before anything else
 * in the runtime is initialized, so registration only appends to an array;
 * the lookup tables are built once by mig_registry_init() from main().
 *===----------------------------------------------------------------------===*/
#include "registry.h"
#include "types.h"
#include "util.h"
#include "checksum.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const __mig_unit **units;
static size_t nunits, capunits;

static mig_strmap globals_by_name, literals_by_name, funcs_by_name, migratable_by_name;
static mig_ptrmap func_names; /* address -> name */
static const __mig_global **globals;
static const __mig_unit **global_unit; /* per global: its unit (TLS accessor) */
static mig_ptrmap global_index;         /* global -> index + 1            */
static const __mig_literal **literals;
static const __mig_function_ref **functions;
static size_t nglobals, nliterals, nfunctions;
static uint64_t fingerprint;

void __mig_register_unit(const __mig_unit *unit) {
  if (nunits == capunits) {
    capunits = capunits ? capunits * 2 : 16;
    units = mig_xrealloc(units, capunits * sizeof *units);
  }
  units[nunits++] = unit;
}

/*--- Fingerprint -------------------------------------------------------------
 * Hash of the portable description of the program: every type's name,
 * kind and flags, and for non-system structs/unions their fields' names,
 * type names, counts and bit widths; every migratable function's name, site
 * count and frame type names; every global's name and type name. Sizes and
 * offsets are left out: they differ between architectures. Items are hashed
 * separately and the sorted, de-duplicated item hashes are hashed again, so
 * the order of registration does not matter. */
typedef struct u64vec {
  uint64_t *v;
  size_t n, cap;
} u64vec;

static void u64vec_push(u64vec *a, uint64_t x) {
  if (a->n == a->cap) {
    a->cap = a->cap ? a->cap * 2 : 256;
    a->v = mig_xrealloc(a->v, a->cap * sizeof *a->v);
  }
  a->v[a->n++] = x;
}

static uint64_t type_hash(const __mig_type *t) {
  mig_hash h;
  mig_hash_init(&h);
  mig_hash_str(&h, "T");
  mig_hash_str(&h, t->name);
  mig_hash_u64(&h, t->kind);
  mig_hash_u64(&h, t->flags);
  if (!(t->flags & MIG_TF_SYSTEM)) {
    mig_hash_u64(&h, t->nfields);
    for (unsigned i = 0; i < t->nfields; i++) {
      const __mig_field *f = &t->fields[i];
      mig_hash_str(&h, f->name);
      mig_hash_str(&h, f->type->name);
      mig_hash_u64(&h, f->count);
      mig_hash_u64(&h, f->bit_width);
    }
  }
  return mig_hash_final(&h);
}

static void collect_type(u64vec *items, mig_ptrmap *seen, const __mig_type *t) {
  uintptr_t dummy;
  if (!t || mig_ptrmap_get(seen, (uintptr_t)t, &dummy)) return;
  mig_ptrmap_put(seen, (uintptr_t)t, 1);
  u64vec_push(items, type_hash(t));
  for (unsigned i = 0; i < t->nfields; i++) collect_type(items, seen, t->fields[i].type);
}

static uint64_t func_hash(const __mig_func *f) {
  mig_hash h;
  mig_hash_init(&h);
  mig_hash_str(&h, "F");
  mig_hash_str(&h, f->name);
  mig_hash_u64(&h, f->nsites);
  mig_hash_str(&h, f->regframe ? f->regframe->name : "");
  mig_hash_str(&h, f->shadowframe ? f->shadowframe->name : "");
  return mig_hash_final(&h);
}

static uint64_t global_hash(const __mig_global *g) {
  mig_hash h;
  mig_hash_init(&h);
  mig_hash_str(&h, "G");
  mig_hash_str(&h, g->name);
  mig_hash_str(&h, g->type ? g->type->name : "");
  return mig_hash_final(&h);
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static uint64_t compute_fingerprint(void) {
  u64vec items = {0};
  mig_ptrmap seen = {0};
  for (size_t u = 0; u < nunits; u++) {
    const __mig_unit *un = units[u];
    for (unsigned i = 0; i < un->ntypes; i++) collect_type(&items, &seen, un->types[i]);
    for (unsigned i = 0; i < un->nmigratable; i++) {
      u64vec_push(&items, func_hash(un->migratable[i]));
      collect_type(&items, &seen, un->migratable[i]->regframe);
      collect_type(&items, &seen, un->migratable[i]->shadowframe);
    }
    for (unsigned i = 0; i < un->nglobals; i++) {
      u64vec_push(&items, global_hash(&un->globals[i]));
      collect_type(&items, &seen, un->globals[i].type);
    }
  }
  qsort(items.v, items.n, sizeof *items.v, cmp_u64);
  mig_hash h;
  mig_hash_init(&h);
  for (size_t i = 0; i < items.n; i++)
    if (i == 0 || items.v[i] != items.v[i - 1]) mig_hash_u64(&h, items.v[i]);
  free(items.v);
  mig_ptrmap_free(&seen);
  return mig_hash_final(&h);
}

/*--- Tables ----------------------------------------------------------------*/
/* Names of a unit's static objects start with its unit name (the source
 * file's name): two units of one program with the same name would make
 * their objects indistinguishable in a checkpoint. */
#define SAME_UNIT_NAME_HINT                                                    \
  "; two translation units have the same file name: rename one, or build "    \
  "them in one migcc command (it names them by their paths), or give one "     \
  "--mig-unit-name=NAME"

static void add_unit(const __mig_unit *u) {
  for (unsigned i = 0; i < u->ntypes; i++) mig_types_add(u->types[i]);
  for (unsigned i = 0; i < u->nglobals; i++) {
    const __mig_global *g = &u->globals[i];
    if (mig_strmap_put(&globals_by_name, g->name, (void *)g))
      mig_fatal("global %s is registered twice (%s)" SAME_UNIT_NAME_HINT, g->name, u->file);
    mig_types_add(g->type);
    if ((g->flags & MIG_GF_THREAD) && !u->tls_addr)
      mig_fatal("%s registers thread-local global %s without an accessor", u->file, g->name);
    global_unit[nglobals] = u;
    mig_ptrmap_put(&global_index, (uintptr_t)g, nglobals + 1);
    globals[nglobals++] = g;
  }
  for (unsigned i = 0; i < u->nliterals; i++) {
    const __mig_literal *l = &u->literals[i];
    if (mig_strmap_put(&literals_by_name, l->name, (void *)l))
      mig_fatal("literal %s is registered twice (%s)" SAME_UNIT_NAME_HINT, l->name, u->file);
    literals[nliterals++] = l;
  }
  for (unsigned i = 0; i < u->nfunctions; i++) {
    const __mig_function_ref *f = &u->functions[i];
    /* External functions (libc) are referenced by several units: same name,
     * same address. Keep the first. The same name at another address would
     * translate a pointer to one function into a pointer to the other. */
    const __mig_function_ref *seen = mig_strmap_get(&funcs_by_name, f->name);
    if (seen) {
      if (seen->addr != f->addr)
        mig_fatal("function %s is registered twice (%s)" SAME_UNIT_NAME_HINT, f->name, u->file);
      continue;
    }
    mig_strmap_put(&funcs_by_name, f->name, (void *)f);
    mig_types_add(f->type);
    mig_ptrmap_put(&func_names, (uintptr_t)f->addr, (uintptr_t)f->name);
    functions[nfunctions++] = f;
  }
  for (unsigned i = 0; i < u->nmigratable; i++) {
    const __mig_func *f = u->migratable[i];
    if (mig_strmap_put(&migratable_by_name, f->name, (void *)f))
      mig_fatal("function %s is registered twice (%s)" SAME_UNIT_NAME_HINT, f->name, u->file);
    mig_types_add(f->regframe);
    mig_types_add(f->shadowframe);
  }
}

void mig_registry_init(void) {
  size_t ng = 0, nl = 0, nf = 0;
  for (size_t u = 0; u < nunits; u++) {
    if (units[u]->abi_version != MIG_ABI_VERSION)
      mig_fatal("%s was compiled for migcc ABI version %u, this runtime implements "
                "version %u: rebuild it with the matching migcc",
                units[u]->file, units[u]->abi_version, MIG_ABI_VERSION);
    ng += units[u]->nglobals;
    nl += units[u]->nliterals;
    nf += units[u]->nfunctions;
  }
  globals = mig_xcalloc(ng + 1, sizeof *globals);
  global_unit = mig_xcalloc(ng + 1, sizeof *global_unit);
  literals = mig_xcalloc(nl + 1, sizeof *literals);
  functions = mig_xcalloc(nf + 1, sizeof *functions);
  mig_types_add(&__mig_type_bytes);
  for (size_t u = 0; u < nunits; u++) add_unit(units[u]);
  fingerprint = compute_fingerprint();
}

uint64_t mig_fingerprint(void) { return fingerprint; }
const __mig_global *mig_global_by_name(const char *n) { return mig_strmap_get(&globals_by_name, n); }
const __mig_literal *mig_literal_by_name(const char *n) { return mig_strmap_get(&literals_by_name, n); }
const __mig_func *mig_func_by_name(const char *n) { return mig_strmap_get(&migratable_by_name, n); }

void *mig_function_addr(const char *name) {
  const __mig_function_ref *f = mig_strmap_get(&funcs_by_name, name);
  return f ? (void *)f->addr : NULL;
}

const __mig_type *mig_function_type(const char *name) {
  const __mig_function_ref *f = mig_strmap_get(&funcs_by_name, name);
  return f ? f->type : NULL;
}

const char *mig_function_name(uintptr_t addr) {
  uintptr_t name;
  return mig_ptrmap_get(&func_names, addr, &name) ? (const char *)name : NULL;
}

size_t mig_nglobals(void) { return nglobals; }
const __mig_global *mig_global_at(size_t i) { return globals[i]; }
size_t mig_nliterals(void) { return nliterals; }
const __mig_literal *mig_literal_at(size_t i) { return literals[i]; }
size_t mig_nfunctions(void) { return nfunctions; }
const __mig_function_ref *mig_function_at(size_t i) { return functions[i]; }

void *mig_global_addr_here(size_t i) {
  const __mig_global *g = globals[i];
  if (!(g->flags & MIG_GF_THREAD)) return g->addr;
  const __mig_unit *u = global_unit[i];
  return u->tls_addr((unsigned)(g - u->globals));
}

size_t mig_global_index(const __mig_global *g) {
  uintptr_t i = 0;
  mig_ptrmap_get(&global_index, (uintptr_t)g, &i);
  return (size_t)i - 1;
}
