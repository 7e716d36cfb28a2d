/* fnptr_table.c - function pointers in tables, structs and on the heap.
 *
 * Exercises: a global const table of function pointers, a struct of function
 * pointers (a "vtable") pointed to by heap objects, function pointers held in
 * locals and in heap arrays, a state machine driven through a function-pointer
 * variable, qsort with a comparator, and indirect calls that reach poll
 * points. A restore must translate every function pointer to the target's
 * address of the same function.
 */
#include <stdio.h>
#include <stdlib.h>

typedef long (*binop)(long, long);

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return (a * b) % 1000003; }
static long op_xor(long a, long b) { return a ^ b; }
long op_max(long a, long b) { return a > b ? a : b; }

static const binop table[] = {op_add, op_sub, op_mul, op_xor, op_max};
static const char *const names[] = {"add", "sub", "mul", "xor", "max"};

struct shape;
struct shape_ops {
  const char *kind;
  long (*area)(const struct shape *);
  void (*grow)(struct shape *, int);
};
struct shape {
  const struct shape_ops *ops;
  long w, h;
};

static long rect_area(const struct shape *s) { return s->w * s->h; }
static void rect_grow(struct shape *s, int by) { s->w += by; s->h += by / 2; }
static long tri_area(const struct shape *s) { return s->w * s->h / 2; }
static void tri_grow(struct shape *s, int by) { s->h += by; }
static long sq_area(const struct shape *s) {
  long a = 0;
  long i = 0;
  while (i < s->w) { /* a loop: poll point inside an indirect call */
    a += s->w;
    i++;
  }
  return a;
}
static void sq_grow(struct shape *s, int by) { s->w += by % 3; s->h = s->w; }

static const struct shape_ops rect_ops = {"rect", rect_area, rect_grow};
static const struct shape_ops tri_ops = {"tri", tri_area, tri_grow};
static const struct shape_ops sq_ops = {"square", sq_area, sq_grow};

/* A state machine: each state returns the next state function. */
struct state;
typedef struct state (*state_fn)(long *);
struct state { state_fn next; };
static struct state st_a(long *v);
static struct state st_b(long *v);
static struct state st_c(long *v);
static struct state st_a(long *v) { *v = (*v * 3 + 1) % 1000003; return (struct state){*v % 2 ? st_b : st_c}; }
static struct state st_b(long *v) { *v = *v / 2 + 7; return (struct state){*v % 3 ? st_c : st_a}; }
static struct state st_c(long *v) { *v = *v - 5; return (struct state){*v % 5 ? st_a : st_b}; }

static int cmp_long(const void *a, const void *b) {
  long x = *(const long *)a, y = *(const long *)b;
  return (x > y) - (x < y);
}

int main(void) {
  long acc = 1;
  binop chosen = op_add;
  binop *heap_ops = malloc(16 * sizeof *heap_ops);
  struct shape *shapes = malloc(9 * sizeof *shapes);
  unsigned long long sum = 0;

  for (int i = 0; i < 16; i++) heap_ops[i] = table[(i * 7) % 5];
  for (int i = 0; i < 9; i++) {
    shapes[i].ops = i % 3 == 0 ? &rect_ops : i % 3 == 1 ? &tri_ops : &sq_ops;
    shapes[i].w = 2 + i;
    shapes[i].h = 3 + i;
  }

  for (int step = 0; step < 400; step++) {
    int k = step % 5;
    acc = table[k](acc, step + 1);
    acc = heap_ops[step % 16](acc, 3);
    if (step % 7 == 0) chosen = table[(k + 2) % 5];
    acc = chosen(acc, step);
    acc %= 1000000007;
    if (step % 40 == 0) {
      int which = -1;
      for (int j = 0; j < 5; j++)
        if (table[j] == chosen) which = j;
      printf("step %3d op %s chosen %s acc %ld\n", step, names[k], which >= 0 ? names[which] : "?", acc);
    }
    sum = sum * 1000003 + (unsigned long long)acc;
  }

  for (int round = 0; round < 12; round++) {
    long total = 0;
    for (int i = 0; i < 9; i++) {
      shapes[i].ops->grow(&shapes[i], round + i);
      total += shapes[i].ops->area(&shapes[i]);
    }
    if (round % 3 == 2) {
      /* swap vtables around */
      const struct shape_ops *t = shapes[0].ops;
      for (int i = 0; i < 8; i++) shapes[i].ops = shapes[i + 1].ops;
      shapes[8].ops = t;
    }
    printf("round %2d total area %ld first %s last %s\n", round, total, shapes[0].ops->kind,
           shapes[8].ops->kind);
    sum = sum * 31 + (unsigned long long)total;
  }

  struct state s = {st_a};
  long v = 27;
  for (int i = 0; i < 300; i++) {
    s = s.next(&v);
    if (i % 30 == 0)
      printf("machine %3d v %ld next %s\n", i, v, s.next == st_a ? "a" : s.next == st_b ? "b" : "c");
    sum = sum * 7 + (unsigned long long)v;
  }

  long arr[50];
  for (int i = 0; i < 50; i++) arr[i] = (i * 7919) % 101 - 50;
  qsort(arr, 50, sizeof arr[0], cmp_long);
  for (int i = 0; i < 50; i += 10) printf("sorted[%d..] %ld %ld %ld\n", i, arr[i], arr[i + 1], arr[i + 2]);
  for (int i = 0; i < 50; i++) sum = sum * 3 + (unsigned long long)arr[i];

  free(shapes);
  free(heap_ops);
  printf("checksum %016llx\n", sum);
  return 0;
}
