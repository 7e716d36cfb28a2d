/* Linked-list walk: a singly linked list of N nodes (one malloc each),
 * relinked in a pseudo-random order so the walk chases pointers across
 * the heap, then walked many times. */
#include <stdio.h>
#include <stdlib.h>

#define N 1000000
#define WALKS 5

struct item {
  struct item *next;
  long key;
  double weight;
};

int main(void) {
  struct item **nodes = malloc(sizeof(struct item *) * N);
  for (long i = 0; i < N; i++) {
    nodes[i] = malloc(sizeof(struct item));
    nodes[i]->key = i;
    nodes[i]->weight = (double)(i % 100) * 0.01;
  }
  /* Fisher-Yates shuffle of the link order */
  unsigned long s = 88172645463325252ul;
  for (long i = N - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    long j = (long)(s % (unsigned long)(i + 1));
    struct item *t = nodes[i];
    nodes[i] = nodes[j];
    nodes[j] = t;
  }
  for (long i = 0; i < N - 1; i++)
    nodes[i]->next = nodes[i + 1];
  nodes[N - 1]->next = NULL;
  struct item *head = nodes[0];
  free(nodes);

  long keysum = 0;
  double wsum = 0.0;
  for (int w = 0; w < WALKS; w++) {
    for (struct item *p = head; p; p = p->next) {
      keysum += p->key ^ w;
      wsum += p->weight;
    }
  }
  long len = 0;
  while (head) {
    struct item *n = head->next;
    free(head);
    head = n;
    len++;
  }
  printf("list n=%ld walks=%d keysum=%ld wsum=%.6f\n", len, WALKS, keysum, wsum);
  return 0;
}
