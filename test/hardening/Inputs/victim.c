/* A program with one object of every kind the hardening tests edit:
 * globals side by side, a thread-local, heap blocks (one over-aligned),
 * a function pointer, a union with one, a mutex held at the checkpoint.
 * The first run writes a checkpoint at mig_checkpoint() and goes on; a
 * restored run resumes there. */
#include <mig.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long table[4] = {1, 2, 3, 4};
long neighbour[4] = {5, 6, 7, 8};
long lockbytes[8];
_Thread_local long tls_counter[2] = {9, 10};
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
void (*hook)(void);
union either { long raw; void (*fn)(void); } un;
struct node { long v; struct node *next; } *list;
const char *message = "literal";

static void greet(void) { puts("greet"); }

static int step(int i) {
  int r = 0;
  for (int k = 0; k < 2; k++) r += k; /* a poll point */
  if (i == 3) {
    pthread_mutex_lock(&lock);
    r = mig_checkpoint();
    pthread_mutex_unlock(&lock);
    printf("checkpoint returned %d\n", r);
  }
  return r;
}

static void bump(long *p) { ++*p; }

int main(void) {
  long local = 7; /* address taken: main has a shadow frame */
  bump(&local);
  char *bytes = malloc(100);
  long *aligned = aligned_alloc(64, 128);
  memset(bytes, 'x', 100);
  aligned[0] = 42;
  for (int i = 0; i < 3; i++) {
    struct node *n = malloc(sizeof *n);
    n->v = i;
    n->next = list;
    list = n;
  }
  hook = greet;
  un.fn = greet;
  for (int i = 0; i < 5; i++) step(i);
  hook();
  un.fn();
  long sum = 0;
  for (struct node *n = list; n; n = n->next) sum += n->v;
  printf("%ld %ld %ld %ld %c %ld %s %ld\n", table[0], neighbour[3], tls_counter[1], sum,
         bytes[99], aligned[0], message, local);
  return 0;
}
