/* Binary trees: build complete trees with one malloc per node, walk them,
 * free them (after the Benchmarks Game's binary-trees), plus one
 * long-lived tree walked repeatedly. */
#include <stdio.h>
#include <stdlib.h>

struct node {
  struct node *left, *right;
  long value;
};

static struct node *build(int depth, long v) {
  struct node *n = malloc(sizeof *n);
  n->value = v;
  if (depth > 0) {
    n->left = build(depth - 1, 2 * v);
    n->right = build(depth - 1, 2 * v + 1);
  } else {
    n->left = n->right = NULL;
  }
  return n;
}

static long walk(const struct node *n) {
  if (!n)
    return 0;
  return (n->value & 1023) + walk(n->left) - walk(n->right) / 2;
}

static long count(const struct node *n) {
  return n ? 1 + count(n->left) + count(n->right) : 0;
}

static void destroy(struct node *n) {
  if (!n)
    return;
  destroy(n->left);
  destroy(n->right);
  free(n);
}

int main(void) {
  const int max_depth = 18;
  struct node *long_lived = build(max_depth, 1);
  long total = 0;
  for (int d = 4; d <= max_depth; d += 2) {
    int iters = 1 << (max_depth - d + 2);
    long chk = 0;
    for (int i = 0; i < iters; i++) {
      struct node *t = build(d, i);
      chk += walk(t);
      destroy(t);
    }
    total += chk;
  }
  long lw = 0;
  for (int r = 0; r < 8; r++)
    lw += walk(long_lived);
  printf("tree depth=%d total=%ld long_lived=%ld nodes=%ld\n", max_depth,
         total, lw, count(long_lived));
  destroy(long_lived);
  return 0;
}
