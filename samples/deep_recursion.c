/* deep_recursion.c - 12,000 frames deep, stoppable inside the recursion.
 *
 * Exercises: a deep call stack of transformed frames (each frame has a loop,
 * so it holds a poll point), locals whose address escapes (each frame's
 * `struct link` points at its caller's, so there is a chain of pointers
 * through the stack), explicit mig_checkpoint() calls inside the recursion,
 * and a mutual recursion without loops (only function-entry polls).
 */
#include <mig.h>
#include <stdio.h>

#define DEPTH 12000

struct link {
  struct link *up;
  unsigned depth;
  unsigned long long value;
};

static unsigned bottoms;
static unsigned long long chain_sum;

static unsigned long long walk_chain(const struct link *l) {
  unsigned long long s = 0;
  unsigned n = 0;
  while (l) {
    s = s * 1099511628211ull + l->value + l->depth;
    l = l->up;
    n++;
  }
  printf("chain of %u links, hash %016llx\n", n, s);
  return s;
}

static unsigned long long descend(unsigned depth, struct link *up, unsigned long long acc) {
  struct link me;
  me.up = up;
  me.depth = depth;
  me.value = acc;
  unsigned i = 0;
  while (i < 3) { /* a loop in every frame: a poll point */
    acc = acc * 6364136223846793005ull + depth + i;
    i++;
  }
  if (depth % 1000 == 0) printf("down %5u acc %016llx\n", depth, acc);
  if (depth % 2500 == 1234) {
    int r = mig_checkpoint();
    if (r < 0) printf("checkpoint refused at depth %u\n", depth);
  }
  unsigned long long below;
  if (depth < DEPTH) {
    below = descend(depth + 1, &me, acc);
  } else {
    bottoms++;
    chain_sum = walk_chain(&me);
    below = acc;
  }
  /* On the way up: `me` must still be intact and linked to the caller's. */
  if (me.depth != depth || (up && up->depth + 1 != depth)) {
    printf("BROKEN frame link at depth %u\n", depth);
    return 0;
  }
  unsigned long long r = below ^ (me.value >> (depth % 7));
  if (depth % 1000 == 500) printf("up   %5u r %016llx\n", depth, r);
  return r;
}

/* Mutual recursion with no loops: stoppable only at function entries. */
static unsigned long long is_odd(unsigned n, unsigned long long h);
static unsigned long long is_even(unsigned n, unsigned long long h) {
  if (n == 0) return h * 2 + 1;
  return is_odd(n - 1, h * 31 + n);
}
static unsigned long long is_odd(unsigned n, unsigned long long h) {
  if (n == 0) return h * 2;
  return is_even(n - 1, h * 37 + n);
}

int main(void) {
  unsigned long long total = 0;
  for (int round = 0; round < 3; round++) {
    unsigned long long r = descend(1, NULL, 0x1234567ull + (unsigned)round);
    printf("round %d result %016llx bottoms %u\n", round, r, bottoms);
    total = total * 3 + r + chain_sum;
  }
  for (unsigned n = 9990; n < 10010; n += 3) {
    unsigned long long h = is_even(n, 7);
    printf("parity walk %u -> %016llx\n", n, h);
    total ^= h;
  }
  printf("checksum %016llx\n", total);
  return 0;
}
