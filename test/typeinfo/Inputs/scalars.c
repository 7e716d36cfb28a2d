/* Stand-in for the runtime's shared scalar descriptors (the runtime defines
 * the real ones); used by the typeinfo tests only. */
#include <mig/typeinfo.h>

#define MIG_SCALAR(id, name, kind, T)                                         \
  const __mig_type __mig_type_##id = {name, kind, 0, sizeof(T), _Alignof(T),  \
                                      0, 0, 0};
MIG_SCALAR(bool, "_Bool", MIG_K_BOOL, _Bool)
MIG_SCALAR(char, "char", MIG_K_CHAR, char)
MIG_SCALAR(schar, "signed char", MIG_K_SCHAR, signed char)
MIG_SCALAR(uchar, "unsigned char", MIG_K_UCHAR, unsigned char)
MIG_SCALAR(short, "short", MIG_K_SHORT, short)
MIG_SCALAR(ushort, "unsigned short", MIG_K_USHORT, unsigned short)
MIG_SCALAR(int, "int", MIG_K_INT, int)
MIG_SCALAR(uint, "unsigned int", MIG_K_UINT, unsigned int)
MIG_SCALAR(long, "long", MIG_K_LONG, long)
MIG_SCALAR(ulong, "unsigned long", MIG_K_ULONG, unsigned long)
MIG_SCALAR(llong, "long long", MIG_K_LLONG, long long)
MIG_SCALAR(ullong, "unsigned long long", MIG_K_ULLONG, unsigned long long)
MIG_SCALAR(float, "float", MIG_K_FLOAT, float)
MIG_SCALAR(double, "double", MIG_K_DOUBLE, double)
MIG_SCALAR(ldouble, "long double", MIG_K_LDOUBLE, long double)
MIG_SCALAR(ptr, "ptr", MIG_K_PTR, void *)
MIG_SCALAR(fnptr, "fnptr", MIG_K_FNPTR, void (*)(void))
const __mig_type __mig_type_bytes = {"bytes", MIG_K_BYTES, 0, 1, 1, 0, 0, 0};
