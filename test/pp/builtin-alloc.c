// __builtin_malloc, __builtin_calloc, __builtin_realloc, __builtin_free and
// __builtin_strdup are the library's functions under another name: mig-pp
// replaces them by the runtime's, like malloc (a block from them was not
// saved, and a pointer to it came back dangling: GCC torture pr84478).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static unsigned char *pool;
static long used;

int main(void) {
  // CHECK: pool = __mig_malloc(64, 0);
  pool = __builtin_malloc(64);
  // CHECK: v = __mig_calloc(4, sizeof(int), &__mig_type_int);
  int *v = __builtin_calloc(4, sizeof(int));
  // CHECK: s = __mig_strdup("pool");
  char *s = __builtin_strdup("pool");
  for (int i = 0; i < 6; i++) {
    pool[used++] = (unsigned char)('a' + i);
    v[i % 4] += i;
    printf("%ld %c %d %s\n", used, pool[used - 1], v[i % 4], s);
  }
  // CHECK: pool = __mig_realloc(pool, 128, 0);
  pool = __builtin_realloc(pool, 128);
  printf("%.6s\n", (char *)pool);
  // CHECK: __mig_free(v);
  __builtin_free(v);
  __builtin_free(s);
  __builtin_free(pool);
  return 0;
}
