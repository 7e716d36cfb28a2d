/*===- arch.c - Description of the architecture we were compiled for ------===*/
#include "convert.h"
#include <mig/typeinfo.h>
#include <float.h>
#include <string.h>

void mig_arch_self(mig_arch *a) {
  memset(a, 0, sizeof *a);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  a->byte_order = MIG_BO_BIG;
#else
  a->byte_order = MIG_BO_LITTLE;
#endif
  a->char_signed = (char)-1 < 0;
#if LDBL_MANT_DIG == 64
  a->ldouble_format = MIG_LD_X87;
#elif LDBL_MANT_DIG == 113
  a->ldouble_format = MIG_LD_BINARY128;
#elif LDBL_MANT_DIG == 53
  a->ldouble_format = MIG_LD_BINARY64;
#else
  a->ldouble_format = MIG_LD_DOUBLEDOUBLE;
#endif
#define K(kind, T) a->size[kind] = sizeof(T), a->align[kind] = _Alignof(T)
  K(MIG_K_BOOL, _Bool);
  K(MIG_K_CHAR, char);
  K(MIG_K_SCHAR, signed char);
  K(MIG_K_UCHAR, unsigned char);
  K(MIG_K_SHORT, short);
  K(MIG_K_USHORT, unsigned short);
  K(MIG_K_INT, int);
  K(MIG_K_UINT, unsigned);
  K(MIG_K_LONG, long);
  K(MIG_K_ULONG, unsigned long);
  K(MIG_K_LLONG, long long);
  K(MIG_K_ULLONG, unsigned long long);
#ifdef __SIZEOF_INT128__
  K(MIG_K_INT128, __int128);
  K(MIG_K_UINT128, unsigned __int128);
#endif
  K(MIG_K_FLOAT, float);
  K(MIG_K_DOUBLE, double);
  K(MIG_K_LDOUBLE, long double);
  K(MIG_K_PTR, void *);
  K(MIG_K_FNPTR, void (*)(void));
  K(MIG_K_CFLOAT, _Complex float);
  K(MIG_K_CDOUBLE, _Complex double);
  K(MIG_K_CLDOUBLE, _Complex long double);
#undef K
#if defined(__x86_64__)
  strcpy(a->machine, "x86_64");
#elif defined(__aarch64__)
  strcpy(a->machine, "aarch64");
#elif defined(__i386__)
  strcpy(a->machine, "i386");
#elif defined(__arm__)
  strcpy(a->machine, "arm");
#elif defined(__riscv)
  strcpy(a->machine, "riscv");
#elif defined(__s390x__)
  strcpy(a->machine, "s390x");
#elif defined(__powerpc64__)
  strcpy(a->machine, "ppc64le");
#else
  strcpy(a->machine, "unknown");
#endif
}

int mig_arch_equal(const mig_arch *a, const mig_arch *b) {
  return a->byte_order == b->byte_order && a->char_signed == b->char_signed &&
         a->ldouble_format == b->ldouble_format &&
         memcmp(a->size, b->size, sizeof a->size) == 0 &&
         memcmp(a->align, b->align, sizeof a->align) == 0;
}

const char *mig_kind_name(unsigned kind) {
  static const char *const names[] = {
      "invalid", "_Bool", "char", "signed char", "unsigned char", "short",
      "unsigned short", "int", "unsigned int", "long", "unsigned long",
      "long long", "unsigned long long", "__int128", "unsigned __int128",
      "float", "double", "long double", "pointer", "function pointer",
      "struct", "union", "bytes", "unsafe", "enum", "_Complex float",
      "_Complex double", "_Complex long double", "mutex", "condition variable",
      "jmp_buf", "pointer-carrying integer"};
  return kind < sizeof names / sizeof *names ? names[kind] : "unknown";
}

int mig_kind_is_scalar(unsigned kind) {
  return kind >= MIG_K_BOOL && kind <= MIG_K_CLDOUBLE && kind != MIG_K_STRUCT &&
         kind != MIG_K_UNION && kind != MIG_K_BYTES && kind != MIG_K_UNSAFE;
  /* MUTEX, COND and JMPBUF are above CLDOUBLE: not scalars either. */
}
