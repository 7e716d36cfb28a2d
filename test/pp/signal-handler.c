// Signal handlers: a handler runs on top of whatever it interrupted, so a
// poll point reached inside it is not a safe point. mig-pp sends signal()
// and sigaction() to the runtime (__mig_signal, __mig_sigaction), whose
// trampoline runs the handler with __mig_unsafe_depth raised and in NORMAL
// state; a checkpoint due inside a handler is taken at the next poll point
// outside it. The program's dispositions are saved in the checkpoint and
// installed again on restore (a new process starts with default ones):
// after a restore the handlers still run, and SIGPIPE is still ignored.
// Without this, a stop inside a handler unwinds through the signal frame
// and the restored run goes wrong (or dies of the first raise()).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 0 --spread 30 %s %t.d
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile long ticks;
static long in_handler_work;

/* Transformed: it has a polled loop, so a poll point is reached inside the
 * handlers below. */
static long popcount_slow(unsigned long v) {
  long n = 0;
  while (v) {
    n += (long)(v & 1);
    v >>= 1;
  }
  return n;
}

static void on_usr2(int sig) {
  in_handler_work += popcount_slow((unsigned long)ticks * 2654435761u) + sig;
}

static void on_alarm_info(int sig, siginfo_t *info, void *uc) {
  (void)uc;
  in_handler_work += popcount_slow((unsigned long)ticks) * 3 + (info->si_signo == sig);
}

int main(void) {
  // CHECK: prev = __mig_signal{{ ?}}({{[0-9]+}}, on_usr2);
  void (*prev)(int) = signal(SIGUSR2, on_usr2);
  printf("previous handler was %s\n", prev == SIG_DFL ? "SIG_DFL" : "other");
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_alarm_info;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  // CHECK: __mig_sigaction{{ ?}}({{[0-9]+}}, {{.*}}sa{{.*}}, {{.*}})
  if (sigaction(SIGALRM, &sa, NULL) != 0) return 1;
  signal(SIGPIPE, SIG_IGN);
  long sum = 0;
  for (int i = 0; i < 60; i++) {
    ticks = i;
    raise(i % 2 ? SIGUSR2 : SIGALRM);
    sum += popcount_slow((unsigned long)i * 7919u);
    if (i % 20 == 19) printf("i=%d sum=%ld handler work=%ld\n", i, sum, in_handler_work);
  }
  raise(SIGPIPE); /* ignored, also after a restore */
  struct sigaction now;
  sigaction(SIGUSR2, NULL, &now);
  printf("SIGUSR2 handler is %s\n", now.sa_handler == on_usr2 ? "on_usr2" : "something else");
  printf("done: %ld %ld\n", sum, in_handler_work);
  return 0;
}
