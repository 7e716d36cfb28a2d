// Functions clang drops because nothing can reach them are not registered:
// taking their address in the unit's function table kept them, and with
// them what their bodies refer to (here undefined functions and variables:
// link errors, GCC torture 20011115-1, 20030330-1). Nor is a C99 inline
// definition, which has no symbol of its own (stdarg-4): only where the unit
// takes its address itself. Of the reachable functions only those whose
// address is taken (here by a file-scope initializer) are registered.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

extern void link_error(void);
extern int undefined_var;

static int unused_leaf(void) { return undefined_var; }
static void unused_loop(unsigned d) {
  for (unsigned t = 0; t < 500; t += d + 1)
    if (unused_leaf())
      link_error();
}

inline int twice(int x) { return 2 * x; }

static int used_static(int v) {
  int k = 0;
  while (k < v)
    k++;
  return twice(k);
}
static int by_pointer(int v) { return v + 1; }
static int (*const fp)(int) = by_pointer;

// CHECK-LABEL: static const __mig_function_ref __mig_functions[] = {
// CHECK-NEXT: {"unused-functions.c:by_pointer", (void (*)(void))&by_pointer, &__mig_ty_fn_{{[0-9a-f]+}}},
// CHECK-NEXT: };
int main(void) {
  for (int i = 0; i < 3; i++)
    printf("%d %d\n", used_static(i), fp(i));
  return 0;
}
