/*===- union_conv.h - Unions whose layout differs between two ABIs --------===*
 * See union_conv.c. The plan says, for each scalar place ("slot") of a
 * union, how its bytes convert whatever member is live; restore.c carries
 * it out (pointer slots need its object map).
 *===----------------------------------------------------------------------===*/
#ifndef MIG_UNION_CONV_H
#define MIG_UNION_CONV_H
#include "reader.h"
#include <mig/typeinfo.h>
#include <stddef.h>
#include <stdint.h>

typedef struct mig_uslot {
  uint64_t soff, roff;   /* byte offset in the sender's / receiver's union */
  uint32_t ssize, rsize;
  uint32_t kind, flags;  /* the kind converted when no pointer matches    */
  uint8_t has_ptr, has_fn, is_signed, either_sign; /* either: signed and unsigned */
  uint8_t has_view; /* a byte-array member overlaps it: any bits may be there */
} mig_uslot;

typedef struct mig_uplan {
  mig_uslot *slots;
  uint32_t n;
  const char *reshaped_view; /* a byte-array member whose bytes the conversion
                                reorders or drops (NULL: none) */
} mig_uplan;

/* Plan the conversion of sender union type si into receiver type r.
 * Returns 0 with out filled (slots malloc'ed), or -1 with a message in err
 * naming the members that prevent it. */
int mig_union_plan(const mig_ckpt *c, uint32_t si, const __mig_type *r, const mig_arch *self,
                   mig_uplan *out, char *err, size_t errlen);

#endif
