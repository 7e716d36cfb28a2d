/*===- typeinfo.h - Type descriptors shared by mig-pp output and runtime --===*
 *
 * mig-pp emits one __mig_type object per C type that the runtime has to move:
 * frame structs, globals, heap element types. Every size, alignment and offset
 * is written as a C expression (sizeof, _Alignof, offsetof), so each target
 * compiler fills in its own layout: the same source yields an x86-64 table and
 * an AArch64 table that differ only in the numbers.
 *
 * What is portable (the same on every target) and what is not:
 *   portable:     name, kind, field names and order, field counts, bit widths
 *   target-bound: size, align, offset, bitfield bit offsets
 * The program fingerprint hashes only the portable parts.
 *
 * This header is C11 and is included by generated code, by the runtime (C)
 * and by tools (C++).
 *===----------------------------------------------------------------------===*/
#ifndef MIG_TYPEINFO_H
#define MIG_TYPEINFO_H

#ifdef __cplusplus
extern "C" {
#endif

/* Coarse-grained type tags (MigThread's CGT). Integer kinds carry their
 * signedness; plain char is MIG_K_CHAR and its signedness comes from the
 * architecture record of the checkpoint. Values are part of the checkpoint
 * format: append, never renumber. */
enum __mig_kind {
  MIG_K_INVALID = 0,
  MIG_K_BOOL = 1,
  MIG_K_CHAR = 2,
  MIG_K_SCHAR = 3,
  MIG_K_UCHAR = 4,
  MIG_K_SHORT = 5,
  MIG_K_USHORT = 6,
  MIG_K_INT = 7,
  MIG_K_UINT = 8,
  MIG_K_LONG = 9,
  MIG_K_ULONG = 10,
  MIG_K_LLONG = 11,
  MIG_K_ULLONG = 12,
  MIG_K_INT128 = 13,
  MIG_K_UINT128 = 14,
  MIG_K_FLOAT = 15,
  MIG_K_DOUBLE = 16,
  MIG_K_LDOUBLE = 17,
  MIG_K_PTR = 18,      /* data pointer: translated through the object map   */
  MIG_K_FNPTR = 19,    /* function pointer: translated by function name      */
  MIG_K_STRUCT = 20,   /* fields[] in declaration order                      */
  MIG_K_UNION = 21,    /* fields[] = members; copied as bytes, see runtime   */
  MIG_K_BYTES = 22,    /* opaque bytes (char/void heap blocks, padding-free)  */
  MIG_K_UNSAFE = 23,   /* cannot be moved (va_list...): refuse if live         */
  MIG_K_ENUM = 24,     /* an enum: integer whose width is `size`, signedness
                          in `flags & MIG_TF_SIGNED`                          */
  MIG_K_CFLOAT = 25,   /* _Complex float: two floats                          */
  MIG_K_CDOUBLE = 26,  /* _Complex double                                     */
  MIG_K_CLDOUBLE = 27, /* _Complex long double                               */
  MIG_K_MUTEX = 28,    /* pthread_mutex_t: layout differs per C library and
                          target; the receiver re-initializes it (its type
                          from the checkpoint's mutex table)                  */
  MIG_K_COND = 29,     /* pthread_cond_t: the runtime's own condition
                          variable in that storage (mig-pp rewrites every
                          pthread_cond_* call), re-initialized on restore     */
  MIG_K_JMPBUF = 30,   /* struct __jmp_buf_tag (jmp_buf, sigjmp_buf): the
                          registers are this stack's; only the saved signal
                          mask crosses, the setjmp site re-arms it on rewind
                          (runtime/src/state_jmpbuf.c)                        */
  MIG_K_PTRINT = 31    /* pointer-carrying integer (MigThread's unsafe factor:
                          a long/intptr_t variable or field mig-pp saw
                          assigned from a pointer): an integer of `size`
                          bytes, sign in `flags & MIG_TF_SIGNED`, whose value
                          is re-based like a pointer when it is the address
                          of a saved object (runtime/src/state_pointers.c)   */
};

/* __mig_type.flags */
#define MIG_TF_SIGNED 0x1u /* enums: underlying type is signed            */
#define MIG_TF_SYSTEM                                                                              \
  0x2u                      /* declared in a system header: its fields are                         \
                               not part of the fingerprint                 */
#define MIG_TF_HAS_PTR 0x4u /* contains a data or function pointer         */
#define MIG_TF_PACKED 0x8u  /* __attribute__((packed)) layout              */

typedef struct __mig_type __mig_type;

/* One member of a struct or union. Arrays are fields with count > 1; a
 * multi-dimensional array is flattened into its element count. */
typedef struct __mig_field {
  const char *name;         /* member name; "" for unnamed bitfields        */
  const __mig_type *type;   /* element type                                  */
  unsigned long offset;     /* offsetof; 0 for bitfields (see bit_offset)   */
  unsigned long count;      /* number of elements, 1 for a plain member     */
  unsigned short bit_width; /* 0: not a bitfield                            */
  unsigned short bit_index; /* bitfields: index passed to the probe         */
} __mig_field;

/* Bitfield layout is the ABI's business and offsetof cannot see it. For a
 * struct with bitfields mig-pp emits a probe: it zeroes a buffer of the
 * struct's size, sets bitfield number `bit_index` to all ones in it, and the
 * runtime reads the bit positions off the buffer (once, at registration). */
typedef void (*__mig_bitfield_probe)(unsigned bit_index, void *buffer);

struct __mig_type {
  const char *name;           /* canonical portable name: "int", "struct node",
                                 "frame main", "shadow main", "bytes"          */
  unsigned kind;              /* enum __mig_kind                               */
  unsigned flags;             /* MIG_TF_*                                      */
  unsigned long size;         /* sizeof                                        */
  unsigned long align;        /* _Alignof                                      */
  unsigned nfields;           /* STRUCT/UNION: number of fields                */
  const __mig_field *fields;  /* STRUCT/UNION                                  */
  __mig_bitfield_probe probe; /* non-NULL when some field is a bitfield        */
};

/* Descriptors of the scalar kinds, defined once by the runtime and shared by
 * every translation unit (mig-pp refers to them instead of emitting its own).
 * __mig_type_bytes describes untyped memory (char/void heap blocks). */
extern const __mig_type __mig_type_bool, __mig_type_char, __mig_type_schar, __mig_type_uchar,
    __mig_type_short, __mig_type_ushort, __mig_type_int, __mig_type_uint, __mig_type_long,
    __mig_type_ulong, __mig_type_llong, __mig_type_ullong, __mig_type_float, __mig_type_double,
    __mig_type_ldouble, __mig_type_ptr, __mig_type_fnptr, __mig_type_bytes;

#ifdef __cplusplus
}
#endif

#endif /* MIG_TYPEINFO_H */
