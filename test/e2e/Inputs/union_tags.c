/* Tagged unions declared with MIG_UNION_TAG (mig.h): the restore converts
 * the member the struct's own tag names. Without the declarations
 * (-DNO_TAGS) a `long` sharing its bytes with a `double` cannot be
 * converted from 64 to 32 bits (refused), and a `char[]` member holding its
 * own data comes back across byte order as a view of the other members'
 * scalars (its bytes reordered): the output then differs. */
#include <mig.h>
#include <stdio.h>
#include <stdlib.h>

enum kind { K_INT, K_REAL, K_BYTES, K_NEXT };
struct cell {
  unsigned char flags;
  enum kind kind;
  union {
    long n;
    double d;
    unsigned char bytes[12];
    struct cell *next;
  } u;
};
#ifndef NO_TAGS
MIG_UNION_TAG(struct cell, kind, u, K_INT, n);
MIG_UNION_TAG(struct cell, kind, u, K_REAL, d);
MIG_UNION_TAG(struct cell, kind, u, K_BYTES, bytes);
MIG_UNION_TAG(struct cell, kind, u, K_NEXT, next);
#endif

static unsigned long long weigh(const struct cell *c) {
  unsigned long long h = 0;
  switch (c->kind) {
  case K_INT: return (unsigned long long)c->u.n;
  case K_REAL: return (unsigned long long)(c->u.d * 64);
  case K_BYTES:
    for (int k = 0; k < 12; k++) h = h * 257 + c->u.bytes[k];
    return h;
  case K_NEXT: return 1000 + (unsigned long long)c->u.next->kind;
  }
  return 0;
}

int main(void) {
  struct cell local[4];
  struct cell *heap = malloc(4 * sizeof *heap);
  for (int i = 0; i < 4; i++) {
    local[i].flags = heap[i].flags = (unsigned char)i;
    local[i].kind = heap[i].kind = (enum kind)i;
  }
  local[0].u.n = heap[0].u.n = -40000;
  local[1].u.d = heap[1].u.d = 3.203125;
  for (int k = 0; k < 12; k++) local[2].u.bytes[k] = heap[2].u.bytes[k] = (unsigned char)(k * 37 + 1);
  local[3].u.next = &heap[1];
  heap[3].u.next = &local[2];
  unsigned long long sum = 0;
  for (int step = 0; step < 4; step++) {
    for (int i = 0; i < 4; i++) sum = sum * 31 + weigh(&local[i]) + weigh(&heap[i]);
    printf("step %d: %llu\n", step, sum);
  }
  free(heap);
  return 0;
}
