/* Stopping every thread from one of them: worker 2 either sends SIGTERM
 * (THREADS_TERM=1: checkpoint at the next safe points, exit 85) or calls
 * mig_checkpoint() (THREADS_CKPT=1: 0 when it goes on, 1 after a restore)
 * while the other workers wait for it in a polled loop and main waits in
 * pthread_join, so every thread is running at the checkpoint. Output after
 * the joins only. */
#define _XOPEN_SOURCE 700
#include <mig.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#define NT 3

static int term_mode, ckpt_mode;
static int ckpt_result = -100;
static long sums[NT];
static volatile int released; /* worker 2 is past its checkpoint */

static void *work(void *arg) {
  int idx = (int)(long)arg;
  long s = idx;
  while (idx != 2 && !released)
    sched_yield();
  for (int i = 0; i < 3000; i++) {
    s = (s * 17 + i) % 65521;
    if (idx == 2 && i == 1000) {
      /* To this thread: handled before pthread_kill returns. */
      if (term_mode) pthread_kill(pthread_self(), SIGTERM);
      if (ckpt_mode) ckpt_result = mig_checkpoint();
    }
    if (idx == 2 && i == 2000) released = 1;
  }
  sums[idx] = s;
  return NULL;
}

int main(void) {
  term_mode = getenv("THREADS_TERM") != NULL;
  ckpt_mode = getenv("THREADS_CKPT") != NULL;
  pthread_t th[NT];
  for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, work, (void *)i);
  for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < NT; i++) printf("worker %d: %ld\n", i, sums[i]);
  if (ckpt_mode) printf("worker checkpoint: %d\n", ckpt_result);
  return 0;
}
