/* A worker thread is running (polling) when the checkpoint is taken, and
 * ends after the restore: its frame storage must be freed then. */
#include <pthread.h>
#include <stdio.h>

static long work(long n) {
  long s = 0;
  for (long i = 0; i < n; i++) s += i % 7; /* polled: calls nothing, but not innermost-only */
  return s;
}

static void *worker(void *arg) {
  long total = 0;
  for (int r = 0; r < 200; r++) total += work(1000);
  *(long *)arg = total;
  return NULL;
}

int main(void) {
  long result = 0;
  pthread_t t;
  pthread_create(&t, NULL, worker, &result);
  pthread_join(t, NULL);
  printf("worker: %ld\n", result);
  return 0;
}
