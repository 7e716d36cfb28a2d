/* dangling.c - stale pointers that are never dereferenced again.
 *
 * Valid C keeps pointers to freed memory or to ended stack frames around
 * all the time, as long as it does not use them: a freed node's neighbour
 * still pointing at it, a local still holding the pointer it just freed,
 * the old pointer after realloc, a global pointing into a returned frame.
 * Checkpoints taken while such values exist must still work (their value
 * does not matter: the program never reads through them again).
 */
#include <stdio.h>
#include <stdlib.h>

struct cell {
  struct cell *prev, *next;
  long v;
};

static int *g_stale_stack; /* points into a frame that has returned */

static long frame_user(int k) {
  int local[8];
  long s = 0;
  int i = 0;
  while (i < 8) {
    local[i] = k * i;
    i++;
  }
  g_stale_stack = &local[3]; /* escapes; dangles once we return */
  for (i = 0; i < 8; i++) s += local[i] * (long)(i + 1);
  return s;
}

int main(void) {
  unsigned long long sum = 0;
  struct cell *head = NULL, *tail = NULL;
  for (int i = 0; i < 400; i++) {
    struct cell *c = malloc(sizeof *c);
    c->v = (i * 37) % 101;
    c->prev = tail;
    c->next = NULL;
    if (tail) tail->next = c;
    else head = c;
    tail = c;
  }

  /* Free from the front: each remaining head's prev points at freed memory. */
  int round = 0;
  while (head) {
    struct cell *victim = head;
    head = head->next;
    sum = sum * 31 + (unsigned long long)victim->v;
    free(victim); /* victim now dangles, and so does head->prev */
    long w = 0;
    for (struct cell *c = head; c && w < 1000; c = c->next) w += c->v;
    if (round % 40 == 0) printf("round %3d: freed one, remaining weight %ld\n", round, w);
    sum += (unsigned long long)w;
    round++;
  }
  tail = NULL;

  /* realloc: the old pointer value stays in a variable. */
  long *arr = malloc(16 * sizeof *arr);
  for (int i = 0; i < 16; i++) arr[i] = i * i;
  for (int step = 0; step < 30; step++) {
    long *old = arr; /* may dangle after the realloc: never read again */
    arr = realloc(arr, (size_t)(16 + step * 8) * sizeof *arr);
    for (int i = 16 + (step - 1) * 8; step > 0 && i < 16 + step * 8; i++) arr[i] = i;
    long s = 0;
    int i = 0;
    while (i < 16 + step * 8) s += arr[i++];
    if (step % 5 == 0) printf("realloc step %2d: %d elements, sum %ld\n", step, 16 + step * 8, s);
    sum = sum * 7 + (unsigned long long)s;
    (void)old;
  }
  free(arr); /* arr dangles until the end */

  for (int k = 0; k < 50; k++) {
    long r = frame_user(k);
    if (k % 10 == 0) printf("frame_user(%d) = %ld\n", k, r);
    sum = sum * 3 + (unsigned long long)r;
  }
  printf("stale stack pointer kept: %s\n", g_stale_stack ? "yes" : "no");
  printf("checksum %016llx\n", sum);
  return 0;
}
