/*===- convert.h - Architecture records and scalar conversion -------------===*
 * Receiver-makes-right conversion of single scalars between two
 * architectures: byte order, integer width (a value that does not fit is an
 * error, never truncated), IEEE float/double, and long double between x87
 * 80-bit extended, IEEE binary128 and binary64. Pure C, shared with migdump.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_CONVERT_H
#define MIG_CONVERT_H
#include <mig/format.h>
#include <stddef.h>
#include <stdint.h>

/* 128-bit integers hold any scalar's bits. 32-bit targets (i686, armhf)
 * have no __int128; clang's _BitInt(128) is the same thing there. */
#ifdef __SIZEOF_INT128__
typedef unsigned __int128 mig_u128;
typedef __int128 mig_i128;
#else
typedef unsigned _BitInt(128) mig_u128;
typedef signed _BitInt(128) mig_i128;
#endif

typedef struct mig_arch {
  uint8_t byte_order;     /* MIG_BO_*                                  */
  uint8_t char_signed;    /* plain char is signed                      */
  uint8_t ldouble_format; /* MIG_LD_*                                  */
  uint8_t size[MIG_ARCH_NKINDS], align[MIG_ARCH_NKINDS]; /* by __mig_kind */
  char machine[32];
} mig_arch;

/* The architecture this code was compiled for. */
void mig_arch_self(mig_arch *a);
/* 1 when both records are identical (same sizes, order, formats). */
int mig_arch_equal(const mig_arch *a, const mig_arch *b);
const char *mig_kind_name(unsigned kind);
/* Scalar kinds are everything but STRUCT, UNION, BYTES, UNSAFE, INVALID. */
int mig_kind_is_scalar(unsigned kind);

/* Raw unsigned load/store of `size` (<= 16) bytes in a given byte order. */
mig_u128 mig_load_uint(const unsigned char *p, unsigned size, int bo);
void mig_store_uint(unsigned char *p, unsigned size, int bo, mig_u128 v);

/* Integer value of an integer-like scalar (sign-extended when signed). */
mig_i128 mig_load_int(const unsigned char *p, unsigned size, int bo, int is_signed);
/* Returns 0, or -1 when v does not fit in `size` bytes. */
int mig_store_int(unsigned char *p, unsigned size, int bo, int is_signed, mig_i128 v);

/* 1 when the kind (with enum flags) is a signed integer on arch a. */
int mig_kind_signed(const mig_arch *a, unsigned kind, unsigned flags);
/* An integer kind (_Bool, char ... __int128, enum): converted by value. */
int mig_is_integer_kind(unsigned kind);

/* Convert one scalar of `kind` from the sender's bytes to the receiver's.
 * Returns 0, or -1 with a message in err (size errlen). PTR and FNPTR are
 * not handled here (they need the object map). */
int mig_convert_scalar(unsigned kind, unsigned flags, const mig_arch *sa,
                       const unsigned char *src, unsigned ssize,
                       const mig_arch *ra, unsigned char *dst, unsigned rsize,
                       char *err, size_t errlen);

/* Value of a floating scalar (FLOAT, DOUBLE, LDOUBLE), for display. */
int mig_load_float(const mig_arch *a, unsigned kind, const unsigned char *p,
                   unsigned size, double *out);

/* Bit-fields. `at` is the position of the field's least significant bit,
 * byte*8 + bit (bit 0 = the byte's least significant bit), as the probe
 * finds it. The more significant bits follow in the byte order's sense:
 * upwards through the bytes on a little-endian target, downwards on a
 * big-endian one (where a field fills its storage unit from the most
 * significant bit of the lowest byte). put ORs the bits in. */
uint64_t mig_get_bits(const unsigned char *p, uint32_t at, unsigned w, int bo);
void mig_put_bits(unsigned char *p, uint32_t at, unsigned w, int bo, uint64_t v);
/* The position (as above) of the least significant bit of a field set to
 * all ones in an otherwise zero buffer of n bytes (the probe's result). */
uint32_t mig_bitfield_lsb(const unsigned char *buf, size_t n, int bo);

/* Long double conversion between formats (exposed for tests): src/dst hold
 * one value in little-endian byte order. */
int mig_ldouble_convert(int sfmt, const unsigned char *src, int dfmt,
                        unsigned char *dst, unsigned dsize);

#endif
