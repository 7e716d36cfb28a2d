/*===- types.h - Per-descriptor facts and lookup by name (types.c) --------===*/
#ifndef MIG_TYPES_H
#define MIG_TYPES_H
#include <mig/abi.h>
#include <stdint.h>

typedef struct mig_typeinfo {
  const __mig_type *type;
  uint32_t *bit_offset; /* per field: LSB position of bitfields, else 0 */
  int has_ptr;          /* holds a data or function pointer somewhere  */
  int needs_check;      /* has_ptr, or holds a union/unsafe member: the
                           writer must look inside                      */
} mig_typeinfo;

/* Facts about a descriptor, computed once (bitfield probes run here). */
const mig_typeinfo *mig_typeinfo_of(const __mig_type *t);
/* Receiver-side lookup of a descriptor by its portable name. */
const __mig_type *mig_type_by_name(const char *name);
void mig_types_add(const __mig_type *t); /* and everything it refers to */

/* Function pointers (MIG_K_FNPTR) have one descriptor per signature, named
 * by mig-pp's portable spelling ("int (*)(const char *)"). May a pointer
 * declared as `declared` hold a function of signature `fn`? Yes when the
 * names are equal; when either is unprototyped ("R (*)()") and the other
 * returns R too; when `declared` is the generic "void (*)(void)" (the
 * conventional type to keep any function in, cast back before the call:
 * C allows it); or when either is NULL (untyped memory, a runtime table).
 * README "Threat model" documents the rule. */
int mig_fnptr_compatible(const __mig_type *declared, const __mig_type *fn);

#endif
