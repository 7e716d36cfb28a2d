/* Many objects and one large block, for the restore's large-table paths
 * (test/runtime/big-tables.test): 150,000 typed heap blocks make every
 * per-object table of the writer and the restore larger than 4 MiB (where
 * they ask for huge pages), and a 6 MiB block is read straight into its
 * place (huge pages as well). The checkpoint is taken at a poll while the
 * list is being walked (polls 150,001-300,000: one per malloc, then one per
 * step); the resumed walk must end with the same sums. */
#include <stdio.h>
#include <stdlib.h>

struct node {
  struct node *next;
  long value;
  struct node *back; /* into the middle of the list: pointers re-based */
};

/* A call: the walk's loop is polled (the checkpoint is taken there). */
static __attribute__((noinline)) long back_value(const struct node *p) {
  return p->back ? p->back->value : 0;
}

#define NBLOCKS 150000
#define BIG_WORDS (6ul << 20) / sizeof(unsigned long)

int main(void) {
  struct node *head = NULL, *mid = NULL;
  for (long i = 0; i < NBLOCKS; i++) {
    struct node *n = malloc(sizeof *n);
    n->value = i * 7 + 1;
    n->next = head;
    n->back = mid;
    head = n;
    if (i == NBLOCKS / 2) mid = n;
  }
  unsigned long *big = malloc(BIG_WORDS * sizeof *big);
  for (unsigned long i = 0; i < BIG_WORDS; i++) big[i] = i * 0x9E3779B97F4A7C15ul;
  long sum = 0, backs = 0, steps = 0;
  for (struct node *p = head; p; p = p->next, steps++) {
    sum += p->value;
    backs += back_value(p);
  }
  unsigned long h = 0;
  for (unsigned long i = 0; i < BIG_WORDS; i++) h = (h ^ big[i]) * 1099511628211ul;
  printf("steps %ld sum %ld backs %ld big %lx\n", steps, sum, backs, h);
  return 0;
}
