// A restored process is a new process whose CPU clock starts near 0: a
// program that read clock(), getrusage, times or clock_gettime(CLOCK_
// PROCESS_CPUTIME_ID) before a checkpoint and again after the restore saw
// time run backwards (LLVM test-suite Misc/flops printed "-0.0000" for a
// module timed across the stop). mig-pp rewrites the four calls to the
// runtime's (state_clock.c), which continue from the sender's CPU time:
// every clock read after a restore is at least the one before it. The
// program first burns CPU in a function without polls (recursion), so the
// sender's clocks are far ahead of a fresh receiver's, then reads all four
// clocks in a polled loop.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 12 --aarch64-stops 3 %s %t.d
#include <stdio.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <time.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static double now_all(double *ru, double *tm, double *ts) {
  struct rusage u;
  struct tms t;
  struct timespec s;
  // CHECK: __mig_getrusage(RUSAGE_SELF, &
  getrusage(RUSAGE_SELF, &u);
  *ru = u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
  // CHECK: __mig_times(&
  times(&t);
  *tm = (double)(t.tms_utime + t.tms_stime);
  // CHECK: __mig_clock_gettime({{.*}}, &s);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &s);
  *ts = s.tv_sec + s.tv_nsec / 1e9;
  // CHECK: return (double)__mig_clock();
  return (double)clock();
}

int main(void) {
  long f = fib(35); // ~0.1 s of CPU before the first poll
  double c0, r0, t0, s0;
  c0 = now_all(&r0, &t0, &s0);
  int backwards = 0;
  for (int i = 0; i < 10; i++) { // a poll per iteration
    double c, r, t, s;
    c = now_all(&r, &t, &s);
    // getrusage splits the CPU time into user and system time and times()
    // counts whole ticks, each rounded down: allow them 2 ms and 2 ticks.
    backwards += (c < c0) + (r < r0 - 0.002) + (t < t0 - 2) + (s < s0);
    c0 = c, r0 = r, t0 = t, s0 = s;
  }
  printf("fib %ld, clock reads that went backwards: %d\n", f, backwards);
  return 0;
}
