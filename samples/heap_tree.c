/* heap_tree.c - a binary search tree on the heap with parent pointers.
 *
 * Exercises: malloc'd nodes pointing at each other (children and parent),
 * a pointer to the tree root held in a local, iteration by parent pointers
 * (in-order successor without a stack), deletions that relink parents, and
 * frees. Everything printed is deterministic; the last line is a checksum.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  struct node *left, *right, *parent;
  unsigned key;
  unsigned count;
  char tag[6];
};

static unsigned long long rng_state = 0x9E3779B97F4A7C15ull;
static unsigned rnd(void) {
  rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
  return (unsigned)(rng_state >> 33);
}

static struct node *new_node(unsigned key, struct node *parent) {
  struct node *n = malloc(sizeof *n);
  if (!n) { puts("out of memory"); exit(1); }
  n->left = n->right = NULL;
  n->parent = parent;
  n->key = key;
  n->count = 1;
  for (int i = 0; i < 5; i++) n->tag[i] = (char)('a' + (key >> (i * 3)) % 26);
  n->tag[5] = '\0';
  return n;
}

static struct node *insert(struct node *root, unsigned key) {
  if (!root) return new_node(key, NULL);
  struct node *cur = root;
  for (;;) {
    if (key == cur->key) { cur->count++; return root; }
    struct node **slot = key < cur->key ? &cur->left : &cur->right;
    if (!*slot) { *slot = new_node(key, cur); return root; }
    cur = *slot;
  }
}

static struct node *leftmost(struct node *n) {
  while (n && n->left) n = n->left;
  return n;
}

static struct node *successor(struct node *n) {
  if (n->right) return leftmost(n->right);
  struct node *p = n->parent;
  while (p && n == p->right) { n = p; p = p->parent; }
  return p;
}

static struct node *find(struct node *root, unsigned key) {
  while (root && root->key != key) root = key < root->key ? root->left : root->right;
  return root;
}

/* Replace subtree u by subtree v (v may be NULL); fixes parent links. */
static void transplant(struct node **root, struct node *u, struct node *v) {
  if (!u->parent) *root = v;
  else if (u == u->parent->left) u->parent->left = v;
  else u->parent->right = v;
  if (v) v->parent = u->parent;
}

static void delete_node(struct node **root, struct node *z) {
  if (!z->left) transplant(root, z, z->right);
  else if (!z->right) transplant(root, z, z->left);
  else {
    struct node *y = leftmost(z->right);
    if (y->parent != z) {
      transplant(root, y, y->right);
      y->right = z->right;
      y->right->parent = y;
    }
    transplant(root, z, y);
    y->left = z->left;
    y->left->parent = y;
  }
  free(z);
}

static int height(const struct node *n) {
  if (!n) return 0;
  int l = height(n->left), r = height(n->right);
  return 1 + (l > r ? l : r);
}

/* Checks every parent link; returns the number of nodes. */
static unsigned check(const struct node *n, const struct node *parent) {
  if (!n) return 0;
  if (n->parent != parent) { printf("BROKEN parent link at key %u\n", n->key); exit(2); }
  return 1 + check(n->left, n) + check(n->right, n);
}

/* Frees the tree; children are unlinked from a node before it is freed, so
 * no live node ever points at a freed one (samples/dangling.c is the test
 * for stale pointers). */
static void free_tree(struct node *n) {
  while (n) {
    if (n->left) n->left->parent = NULL;
    free_tree(n->left);
    struct node *r = n->right;
    if (r) r->parent = NULL;
    free(n);
    n = r;
  }
}

int main(void) {
  struct node *root = NULL;
  unsigned long long sum = 0;
  const unsigned N = 3000;

  for (unsigned i = 0; i < N; i++) {
    unsigned k = rnd() % 10007;
    root = insert(root, k);
    if (i % 100 == 0)
      printf("insert %4u: key %5u root %5u height %2d\n", i, k, root->key, height(root));
  }
  printf("nodes %u height %d\n", check(root, NULL), height(root));

  /* In-order walk by parent pointers. */
  unsigned idx = 0, prev = 0;
  for (struct node *n = leftmost(root); n; n = successor(n), idx++) {
    if (n->key < prev) { printf("ORDER BROKEN at %u\n", n->key); return 2; }
    prev = n->key;
    sum = sum * 1000003u + n->key * 7u + n->count;
    sum ^= (unsigned char)n->tag[idx % 5];
    if (idx % 97 == 0)
      printf("walk %4u: key %5u x%u tag %s parent %5u\n", idx, n->key, n->count, n->tag,
             n->parent ? n->parent->key : 0u);
  }

  /* Delete about a third of the keys, checking the tree as we go. */
  unsigned deleted = 0;
  for (unsigned i = 0; i < N; i++) {
    unsigned k = rnd() % 10007;
    struct node *z = find(root, k);
    if (z) {
      delete_node(&root, z);
      deleted++;
      if (deleted % 64 == 0)
        printf("delete #%u key %5u: nodes %u height %d\n", deleted, k, check(root, NULL),
               height(root));
    }
  }

  idx = 0;
  for (struct node *n = leftmost(root); n; n = successor(n), idx++) {
    sum = sum * 31u + n->key;
    if (idx % 151 == 0) printf("after delete %4u: key %5u\n", idx, n->key);
  }
  printf("remaining %u deleted %u height %d\n", check(root, NULL), deleted, height(root));
  free_tree(root);
  printf("checksum %016llx\n", sum);
  return 0;
}
