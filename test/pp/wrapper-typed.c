// A block allocated through the program's own wrapper gets its type from the
// first typed pointer it becomes (`it = xalloc(sizeof *it)`,
// `(struct item *)xalloc(3 * sizeof(struct item))`, `v = xrealloc(v, n *
// sizeof *v)`): mig-pp wraps the call in __mig_heap_type, which types the
// block if it is still untyped. Before, such blocks stayed untyped: the
// conservative scan kept x86-64 <-> AArch64 working, but a restore across
// byte order or pointer size (s390x, i686) was refused, and their long
// doubles, longs and pointers could not be converted. A size with other
// sizeofs in it (a header followed by other data) or without one (a size
// computed elsewhere) gives no evidence of the type: the block stays untyped.
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64, qemu-s390x, qemu-i686
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --spread 8 --aarch64-stops 3 %s %t.d
// RUN: %migcc -O1 %s -o %t.x86_64
// RUN: %migcc -O1 --target=s390x-linux-gnu %s -o %t.s390x
// RUN: %migcc -O1 --target=i686-linux-gnu %s -o %t.i686
// RUN: %t.x86_64 > %t.ref
// RUN: env MIG_STOP_AT=12 MIG_CKPT=%t.a.mig %t.x86_64 > %t.a.out; test $? -eq 85
// RUN: env MIG_RESTORE=%t.a.mig %run-s390x %t.s390x >> %t.a.out
// RUN: diff %t.ref %t.a.out
// RUN: env MIG_STOP_AT=12 MIG_CKPT=%t.b.mig %run-s390x %t.s390x > %t.b.out; test $? -eq 85
// RUN: env MIG_RESTORE=%t.b.mig %run-i686 %t.i686 >> %t.b.out
// RUN: diff %t.ref %t.b.out
// RUN: env MIG_STOP_AT=12 MIG_CKPT=%t.c.mig %run-i686 %t.i686 > %t.c.out; test $? -eq 85
// RUN: env MIG_RESTORE=%t.c.mig %t.x86_64 >> %t.c.out
// RUN: diff %t.ref %t.c.out
#include <stdio.h>
#include <stdlib.h>

struct item {
  long id;
  long double w;
  struct item *next;
  short tag;
};

static void *xalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

static void *xrealloc(void *old, size_t n) {
  void *p = realloc(old, n);
  if (!p)
    abort();
  return p;
}

struct hdr {
  long n;
  void *slots[];
};

// No evidence of the type: stays untyped (never called at run time).
struct hdr *mixed_header(long n, size_t sz) {
  // CHECK-LABEL: mixed_header(
  // CHECK: h = xalloc(sizeof *h + n * sizeof(void *));
  struct hdr *h = xalloc(sizeof *h + n * sizeof(void *));
  // CHECK: = (struct hdr *)xalloc(sz);
  struct hdr *g = (struct hdr *)xalloc(sz);
  h->n = n + g->n;
  return h;
}

int main(void) {
  struct item *head = NULL;
  for (int i = 0; i < 12; i++) {
    // CHECK: = __mig_heap_type(xalloc(sizeof *it), &__mig_ty_{{[0-9]+}});
    struct item *it = xalloc(sizeof *it);
    it->id = 1000003L * i;
    it->w = 1.0L / (i + 3);
    it->tag = (short)(i * 7);
    it->next = head;
    head = it;
  }
  // CHECK: (struct item *)__mig_heap_type(xalloc(3 * sizeof(struct item)), &__mig_ty_{{[0-9]+}});
  struct item *three = (struct item *)xalloc(3 * sizeof(struct item));
  for (int i = 0; i < 3; i++) {
    three[i].id = -i;
    three[i].w = i * 0.25L;
    three[i].next = head->next;
    three[i].tag = (short)i;
  }
  long *v = NULL;
  long double total = 0;
  for (int i = 0; i < 10; i++) {
    // CHECK: v = __mig_heap_type(xrealloc(v, ({{i[_m0-9]*}} + 1) * sizeof *v), &__mig_type_long);
    v = xrealloc(v, (i + 1) * sizeof *v);
    v[i] = 30001L * (i % 3) - i;
    for (struct item *it = head; it; it = it->next)
      total += it->w * (it->tag + 1) + (long double)(it->id % 97);
    for (int j = 0; j < 3; j++)
      total += three[j].w + three[j].next->tag;
    long s = 0;
    for (int j = 0; j <= i; j++)
      s += v[j] % 1000;
    printf("%d %.6Lf %ld\n", i, total, s);
  }
  return 0;
}
