// A pointer one past the end of a heap array, live at a checkpoint (a hash
// table's `lastfree`, as in Lua's Table, walked down to the array's start).
// Before: the runtime's size-class slots touched, so the end of a 32-byte
// block was the address of the next slot's block, and the restore re-based
// the pointer onto that block, placed elsewhere: the walk below ran over
// other memory. Lua 5.4 stopped in a garbage-collection step resumed with a
// corrupted table (x86-64 -> x86-64 too). Now every small block has a byte
// of slack after it. Both a typed pointer (the global) and one in untyped
// memory (a block from a wrapper, found by the conservative scan).
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: %check-migration --max-all 200 --aarch64-stops 6 %s %t.d
#include <stdio.h>
#include <stdlib.h>

struct tab {
  long *node, *lastfree;
};

static struct tab typed;

static void *xalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

/* Fill t's array from its end down, as Lua's getfreepos walks lastfree. */
static long walk(struct tab *t, long v) {
  long n = 0;
  while (t->lastfree > t->node) {
    t->lastfree--;
    *t->lastfree = v + n;
    n++;
  }
  return n;
}

int main(void) {
  struct tab *untyped = xalloc(sizeof *untyped);
  long sum = 0;
  for (int round = 0; round < 6; round++) {
    typed.node = malloc(4 * sizeof(long)); /* 32 bytes, then the next slot */
    long *after = malloc(4 * sizeof(long));
    untyped->node = xalloc(4 * sizeof(long));
    long *after2 = xalloc(4 * sizeof(long));
    after = realloc(after, 8); /* stays in its slot; restored elsewhere */
    after2 = realloc(after2, 8);
    typed.lastfree = typed.node + 4;
    untyped->lastfree = untyped->node + 4;
    for (unsigned w = 1u << 8; w != 0; w >>= 1) /* poll points with both ends live */
      sum += w % 7;
    long a = walk(&typed, round), b = walk(untyped, 10 * round);
    printf("round %d: %ld %ld, %ld %ld\n", round, a, b, typed.node[0] + typed.node[3],
           untyped->node[0] + untyped->node[3]);
    *after = *after2 = round;
    sum += *after + *after2;
  }
  printf("sum %ld\n", sum);
  return 0;
}
