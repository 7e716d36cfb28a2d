/* _Thread_local globals and a thread-local static: every thread has its
 * own instance, changed between poll points; results are printed after
 * the joins, ordered by thread index. */
#include <pthread.h>
#include <stdio.h>

#define NT 3

_Thread_local long tl_acc = 1;
static _Thread_local int tl_steps;
static long results[NT + 1][3];

static int step(int v) {
  static _Thread_local int calls; /* a thread-local static local */
  calls++;
  tl_steps++;
  return v * 3 + calls % 5;
}

static long *my_acc(void) { return &tl_acc; } /* a pointer to this thread's instance */

static void run(int idx, int n) {
  long *acc = my_acc();
  for (int i = 0; i < n; i++) {
    *acc = (*acc * 7 + step(i + idx)) % 100003;
    for (int k = 0; k < 3; k++) tl_acc += k;
  }
  results[idx][0] = tl_acc;
  results[idx][1] = tl_steps;
  results[idx][2] = step(0);
}

static void *thread_main(void *arg) {
  int idx = (int)(long)arg;
  tl_acc = 100 * idx;
  run(idx, 400 + 150 * idx);
  return (void *)(long)(idx * 11);
}

int main(void) {
  pthread_t th[NT];
  for (int i = 0; i < NT; i++) pthread_create(&th[i], NULL, thread_main, (void *)(long)(i + 1));
  run(0, 300);
  for (int i = 0; i < NT; i++) {
    void *r;
    pthread_join(th[i], &r);
    printf("thread %d returned %ld\n", i + 1, (long)r);
  }
  for (int i = 0; i <= NT; i++)
    printf("%d: acc %ld steps %ld last %ld\n", i, results[i][0], results[i][1], results[i][2]);
  printf("main tl_acc %ld\n", tl_acc);
  return 0;
}
