/* Function pointer signatures with C library typedefs whose type differs
 * between targets: mig-pp must spell each the same on every target (the
 * names are in the program fingerprint). strlen, vfprintf and memcpy are
 * also library builtins, whose own type has no typedef sugar. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
size_t (*len)(const char *) = strlen;
int (*vp)(FILE *, const char *, va_list) = vfprintf;
int64_t (*conv)(int64_t, wchar_t *);
void *(*mc)(void *, const void *, size_t) = memcpy;
int main(void) { return (int)len("x") + (conv != 0) + (vp != 0) + (mc != 0); }
