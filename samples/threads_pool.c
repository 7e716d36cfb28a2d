/* A worker pool: jobs in a heap-allocated queue protected by a mutex, two
 * condition variables (work available, work done), a recursive global
 * mutex around a shared counter, then threads summing slices of a heap
 * array and returning heap-allocated results through pthread_join.
 * Prints only what does not depend on scheduling (results by job index). */
#define _XOPEN_SOURCE 700 /* pthread_mutexattr_settype */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 3
#define NJOBS 24
#define NSLICES 4
#define N 6000

struct pool {
  pthread_mutex_t lock;
  pthread_cond_t work;  /* a job was queued, or the queue closed */
  pthread_cond_t done;  /* a job finished */
  int queue[NJOBS];
  int head, tail, closed, ndone;
  long results[NJOBS];
};

static struct pool *pool;
static pthread_mutex_t counter_lock; /* recursive */
static long counter;

static void count(long n) {
  pthread_mutex_lock(&counter_lock);
  pthread_mutex_lock(&counter_lock); /* recursive: taken twice */
  counter += n;
  pthread_mutex_unlock(&counter_lock);
  pthread_mutex_unlock(&counter_lock);
}

static long job(int j) {
  long v = j;
  for (int i = 0; i < 200 + 10 * j; i++) {
    v = (v * 31 + i) % 1000003;
    if (i % 50 == 0) count(1);
  }
  return v;
}

static void *worker(void *arg) {
  (void)arg;
  for (;;) {
    pthread_mutex_lock(&pool->lock);
    while (pool->head == pool->tail && !pool->closed)
      pthread_cond_wait(&pool->work, &pool->lock);
    if (pool->head == pool->tail) {
      pthread_mutex_unlock(&pool->lock);
      return NULL;
    }
    int j = pool->queue[pool->head++];
    pthread_mutex_unlock(&pool->lock);
    long r = job(j);
    pthread_mutex_lock(&pool->lock);
    pool->results[j] = r;
    pool->ndone++;
    pthread_cond_signal(&pool->done);
    pthread_mutex_unlock(&pool->lock);
  }
}

struct slice {
  const long *data;
  int lo, hi;
};

static void *sum_slice(void *arg) {
  struct slice *s = arg;
  long *sum = malloc(sizeof *sum);
  *sum = 0;
  for (int i = s->lo; i < s->hi; i++) {
    *sum += s->data[i] % 1000;
    if (i % 97 == 0) *sum ^= i;
  }
  return sum;
}

/* Attribute objects are C library layouts migcc copies as bytes: keep
 * them out of frames that are live at a poll point. */
static void init_counter_lock(void) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&counter_lock, &a);
  pthread_mutexattr_destroy(&a);
}

int main(void) {
  init_counter_lock();

  pool = malloc(sizeof *pool);
  pool->head = pool->tail = pool->closed = pool->ndone = 0;
  pthread_mutex_init(&pool->lock, NULL);
  pthread_cond_init(&pool->work, NULL);
  pthread_cond_init(&pool->done, NULL);
  pthread_t workers[NWORKERS];
  for (int w = 0; w < NWORKERS; w++) pthread_create(&workers[w], NULL, worker, NULL);
  for (int j = 0; j < NJOBS; j++) {
    pthread_mutex_lock(&pool->lock);
    pool->queue[pool->tail++] = j;
    pthread_cond_signal(&pool->work);
    pthread_mutex_unlock(&pool->lock);
  }
  pthread_mutex_lock(&pool->lock);
  while (pool->ndone < NJOBS) pthread_cond_wait(&pool->done, &pool->lock);
  pool->closed = 1;
  pthread_cond_broadcast(&pool->work);
  pthread_mutex_unlock(&pool->lock);
  for (int w = 0; w < NWORKERS; w++) pthread_join(workers[w], NULL);
  for (int j = 0; j < NJOBS; j++) printf("job %2d -> %ld\n", j, pool->results[j]);
  printf("counter %ld\n", counter);

  long *data = malloc(N * sizeof *data);
  for (int i = 0; i < N; i++) data[i] = (long)i * i + 7;
  pthread_t th[NSLICES];
  struct slice sl[NSLICES];
  for (int t = 0; t < NSLICES; t++) {
    sl[t].data = data;
    sl[t].lo = t * N / NSLICES;
    sl[t].hi = (t + 1) * N / NSLICES;
    pthread_create(&th[t], NULL, sum_slice, &sl[t]);
  }
  long total = 0;
  for (int t = NSLICES - 1; t >= 0; t--) { /* the first ones finish before they are joined */
    void *r;
    pthread_join(th[t], &r);
    printf("slice %d: %ld%s\n", t, *(long *)r,
           pthread_equal(th[t], pthread_self()) ? " (main?)" : "");
    total += *(long *)r;
    free(r);
  }
  printf("total %ld\n", total);
  return 0;
}
