// glibc's other allocation functions are tracked (rewritten to the
// runtime's heap, so their blocks are saved and pointers to them re-based):
// memalign, valloc, pvalloc, reallocarray, asprintf, vasprintf. Before, a
// memalign block was not tracked at all (pointers to it kept raw: a crash
// after a restore) and asprintf's buffer was libc's, freed by __mig_free.
// And `(double **)malloc(sizeof(double) * n)`: the block holds pointers, so
// the pointer destination wins over the sizeof operand (before it was typed
// as doubles and the row pointers stored in it were not re-based).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --spread 10 --aarch64-stops 4 %s %t.d
#define _GNU_SOURCE
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct cell {
  long v;
  struct cell *next;
};

static char *fmt(const char *f, ...) {
  va_list ap;
  char *s = NULL;
  va_start(ap, f);
  // CHECK: __mig_vasprintf(&s, f, ap)
  if (vasprintf(&s, f, ap) < 0)
    s = NULL;
  va_end(ap);
  return s;
}

int main(void) {
  int n = 4;
  // CHECK: (double **)__mig_malloc(sizeof(double) * n, &__mig_type_ptr)
  double **rows = (double **)malloc(sizeof(double) * n);
  for (int i = 0; i < n; i++) {
    // CHECK: __mig_aligned_alloc(64, sizeof(double) * 3, &__mig_type_double)
    rows[i] = memalign(64, sizeof(double) * 3);
    for (int j = 0; j < 3; j++)
      rows[i][j] = i + j * 0.5;
  }
  // CHECK: __mig_valloc(sizeof(struct cell) * 2, &__mig_ty_{{[0-9]+}})
  struct cell *c = valloc(sizeof(struct cell) * 2);
  // CHECK: __mig_pvalloc(sizeof(long), &__mig_type_long)
  long *one = pvalloc(sizeof(long));
  c[0].v = 1;
  c[0].next = &c[1];
  c[1].v = 2;
  c[1].next = NULL;
  *one = 40;
  struct cell **list = NULL;
  char *msg = NULL;
  // CHECK: __mig_asprintf(&{{.*}}msg{{.*}}, "%s-%d", "cells", 2)
  asprintf(&msg, "%s-%d", "cells", 2);
  for (int i = 0; i < 5; i++) {
    // CHECK: __mig_reallocarray(list, i{{[_a-z0-9]*}} + 1, sizeof *list, &__mig_type_ptr)
    list = reallocarray(list, i + 1, sizeof *list);
    list[i] = &c[i % 2];
  }
  char *m2 = fmt("%s/%ld", msg, *one);
  double s = 0;
  for (int k = 0; k < 6; k++) {
    s += rows[k % n][k % 3] + list[k % 5]->v + (list[k % 5]->next ? list[k % 5]->next->v : 0);
    printf("%d %.2f %s %s\n", k, s, msg, m2);
  }
  for (int i = 0; i < n; i++)
    free(rows[i]);
  free(rows);
  free(c);
  free(one);
  free(list);
  free(msg);
  free(m2);
  return 0;
}
