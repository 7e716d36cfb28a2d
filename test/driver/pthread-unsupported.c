// pthread functions migcc cannot keep right across a migration are refused
// at compile time, at the user's line: thread handles are virtual ids, and
// condition variables and held mutexes are the runtime's business.
// RUN: %not %migcc -c %s -o %t.o 2>&1 | %FileCheck %s
#define _GNU_SOURCE /* pthread_cond_clockwait, pthread_mutex_clocklock */
#include <pthread.h>
#include <time.h>

static void *run(void *arg) { return arg; }

int main(void) {
  pthread_t t;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  struct timespec ts = {0, 0};
  pthread_create(&t, 0, run, 0);
  // CHECK: pthread-unsupported.c:[[@LINE+1]]:3: error: 'pthread_cancel' is not supported by migcc: thread handles are virtual
  pthread_cancel(t);
  // CHECK: pthread-unsupported.c:[[@LINE+1]]:3: error: 'pthread_cond_clockwait' is not supported by migcc: condition variables are the runtime's own
  pthread_cond_clockwait(&c, &m, CLOCK_MONOTONIC, &ts);
  // CHECK: pthread-unsupported.c:[[@LINE+1]]:3: error: 'pthread_mutex_clocklock' is not supported by migcc: it would take a mutex behind the runtime's record
  pthread_mutex_clocklock(&m, CLOCK_MONOTONIC, &ts);
  return pthread_join(t, 0);
}
