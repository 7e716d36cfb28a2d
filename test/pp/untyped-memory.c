// Pointers in memory mig-pp could not type, found by the restore's
// conservative scan (x86-64 and AArch64 have the same pointer size and byte
// order): a linked list whose nodes come from an allocation wrapper
// (`xalloc(sizeof *n)`: the `malloc` inside it sees no type), a structure
// carved out of a `char` pool, and a realloc'd `void *` buffer of pointers.
// Before, a restore crashed (SIGSEGV) on x86-64 -> x86-64 and -> AArch64:
// the pointers kept their sender values. Under MIG_STRICT=1 the restore
// refuses instead, naming the object.
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: %check-migration --spread 12 --aarch64-stops 4 %s %t.d
// AArch64 -> x86-64 (check-migration does x86-64 -> both):
// RUN: env MIG_STOP_AT=3 MIG_CKPT=%t.a.ck %run-aarch64 %t.d/aarch64 > %t.a1.out; test $? = 85
// RUN: env MIG_RESTORE=%t.a.ck %t.d/x86_64 > %t.a2.out
// RUN: cat %t.a1.out %t.a2.out | diff - %t.d/ref.out
// RUN: env MIG_STOP_AT=40 MIG_CKPT=%t.ck %t.d/x86_64 > /dev/null; test $? = 85
// RUN: env MIG_STRICT=1 MIG_RESTORE=%t.ck %not %t.d/x86_64 2> %t.err > /dev/null
// RUN: %FileCheck %s --check-prefix=STRICT --input-file %t.err
// STRICT: mig: error: cannot restore {{.*}}: untyped memory holds what looks like a pointer at byte {{[0-9]+}} (MIG_STRICT=1 refuses the conservative pointer scan; give the memory a type)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  long v;
  struct node *next;
  char tag[4];
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

static _Alignas(16) char pool[4096];
static size_t pool_used;

static void *pool_alloc(size_t n) {
  void *p = pool + pool_used;
  pool_used += (n + 15) & ~(size_t)15;
  return p;
}

struct pt {
  int x, y;
  struct pt *peer;
};

// A pool in a heap block: its first piece starts the block, but the block
// is not the one just allocated, so __mig_heap_type leaves it untyped
// (typed as an array of struct cell, the links' pointers would not be
// re-based: wrong output after a restore).
static char *hpool;
static size_t hused;
static void *hcarve(size_t n) {
  void *p = hpool + hused;
  hused += (n + 15) & ~(size_t)15;
  return p;
}
struct cell {
  long a, b;
};
struct link {
  struct link *next;
  long v;
};

int main(void) {
  struct node *head = NULL;
  for (int i = 0; i < 30; i++) {
    struct node *n = xalloc(sizeof *n);
    n->v = i;
    n->next = head;
    strcpy(n->tag, i % 2 ? "ab" : "cd");
    head = n;
  }
  struct pt *a = (struct pt *)pool_alloc(sizeof(struct pt) * 4);
  for (int i = 0; i < 4; i++) {
    a[i].x = i;
    a[i].y = 2 * i;
    a[i].peer = &a[(i + 1) % 4];
  }
  hpool = malloc(2048);
  long *spacer = xalloc(sizeof *spacer);
  *spacer = 1;
  struct cell *cell = hcarve(sizeof *cell);
  cell->a = 5;
  cell->b = 6;
  struct link *chain = NULL;
  for (int i = 0; i < 20; i++) {
    struct link *l = hcarve(sizeof *l);
    l->v = i + *spacer * 0;
    l->next = chain;
    chain = l;
  }
  void **refs = NULL;
  for (int i = 0; i < 6; i++) {
    refs = xrealloc(refs, (i + 1) * sizeof *refs);
    refs[i] = &a[i % 4];
  }
  long s = 0;
  for (struct node *n = head; n; n = n->next) {
    s += n->v;
    printf("%ld %s\n", s, n->tag);
  }
  for (int k = 0; k < 8; k++) {
    s += a[k % 4].peer->y + ((struct pt *)refs[k % 6])->x;
    printf("p %ld\n", s);
  }
  for (struct link *l = chain; l; l = l->next) {
    s += l->v + cell->a;
    printf("l %ld\n", s);
  }
  return 0;
}
