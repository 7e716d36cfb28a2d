// A pointer to a libc function (strcmp, strlen) held in locals live across
// poll points. mig/abi.h says external functions are registered in the
// unit's __mig_functions by their plain name, so such pointers can be
// translated; mig-pp does not register them, and every checkpoint is refused:
//   mig: checkpoint refused: main: variable scmp points to a function the
//   runtime does not know (0x...)
// (Pointers to the unit's own functions work: fnptr.c.)
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>
#include <string.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

int main(void) {
  int (*scmp)(const char *, const char *) = strcmp;
  size_t (*slen)(const char *) = strlen;
  const char *w[3] = {"pear", "apple", "fig"};
  for (int i = 0; i < 3; i++) {
    int t = tick(i);
    printf("%d %s len=%zu cmp=%d\n", t, w[i], slen(w[i]), scmp(w[i], "fig") > 0);
  }
  return 0;
}
// CHECK-LABEL: static const __mig_function_ref __mig_functions[] = {
// CHECK-DAG: {"strcmp", (void (*)(void))&strcmp, &__mig_ty_fn_{{[0-9a-f]+}}},
// CHECK-DAG: {"strlen", (void (*)(void))&strlen, &__mig_ty_fn_{{[0-9a-f]+}}},
// CHECK: };
