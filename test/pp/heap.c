// Heap structures: a binary search tree built by a recursive insert (malloc,
// strdup of a stack buffer), a growable vector (calloc, realloc), an int array
// with a pointer into its middle, all live across poll points, then freed.
// Allocation calls become typed runtime calls with the element type mig-pp
// infers (__mig_ty_N for structs, __mig_type_<scalar> for scalars).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  int key;
  char *name;
  struct node *left, *right;
};

struct vec {
  size_t len, cap;
  double *data;
};

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

static struct node *insert(struct node *t, int key) {
  if (!t) {
    // CHECK: n = __mig_malloc(sizeof *n, &[[NODE:__mig_ty_[0-9]+]]);
    struct node *n = malloc(sizeof *n);
    char tmp[16];
    snprintf(tmp, sizeof tmp, "k%d", key);
    n->key = tick(key);
    // tmp escapes (passed to strdup): in the shadow frame.
    // CHECK: n->name = __mig_strdup((__mig_sf->tmp));
    n->name = strdup(tmp);
    n->left = n->right = NULL;
    return n;
  }
  if (key < t->key)
    t->left = insert(t->left, key);
  else
    t->right = insert(t->right, key);
  return t;
}

static void print_tree(const struct node *t) {
  if (!t)
    return;
  print_tree(t->left);
  printf("%s ", t->name);
  print_tree(t->right);
}

static void free_tree(struct node *t) {
  if (!t)
    return;
  free_tree(t->left);
  free_tree(t->right);
  // CHECK: __mig_free(t->name);
  // CHECK: __mig_free(t);
  free(t->name);
  free(t);
}

static void push(struct vec *v, double x) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 2;
    // CHECK: v->data = __mig_realloc(v->data, v->cap * sizeof *v->data, &__mig_type_double);
    v->data = realloc(v->data, v->cap * sizeof *v->data);
  }
  v->data[v->len++] = x;
}

int main(void) {
  struct node *root = NULL;
  // CHECK: v = __mig_calloc(1, sizeof *v, &[[VEC:__mig_ty_[0-9]+]]);
  // CHECK: counts = __mig_calloc(8, sizeof(int), &__mig_type_int);
  struct vec *v = calloc(1, sizeof *v);
  int *counts = calloc(8, sizeof(int));
  int *mid = counts + 4;
  for (int i = 0; i < 12; i++) {
    int key = (i * 7) % 13;
    root = insert(root, key);
    push(v, key * 0.5);
    counts[key % 8]++;
    *mid += 1;
  }
  print_tree(root);
  printf("\n");
  double sum = 0;
  for (size_t i = 0; i < v->len; i++)
    sum += v->data[tick((int)i)];
  printf("len=%zu cap=%zu sum=%.1f mid=%d\n", v->len, v->cap, sum, *mid);
  for (int i = 0; i < 8; i++)
    printf("%d ", counts[i]);
  printf("\n");
  free_tree(root);
  free(v->data);
  free(v);
  free(counts);
  return 0;
}
// The descriptors passed to the allocation calls.
// CHECK-DAG: static const __mig_type [[NODE]] = {"struct node", MIG_K_STRUCT,
// CHECK-DAG: static const __mig_type [[VEC]] = {"struct vec", MIG_K_STRUCT,
