/*===- state_clock.c - The process's CPU time continues across a restore -===*
 * A restored process is a new process: its CPU-time clock starts near 0.
 * A program that timed a piece of work with clock(), getrusage(RUSAGE_SELF),
 * times() or clock_gettime(CLOCK_PROCESS_CPUTIME_ID) across the checkpoint
 * would see time run backwards (LLVM test-suite Misc/flops printed
 * "-0.0000" for a module whose measured time went negative). mig-pp
 * rewrites those four calls to the runtime's versions below, which add an
 * offset: 0 in a process that was never restored, and after a restore the
 * sender's CPU time at the checkpoint minus the receiver's at the restore.
 * The sender's CPU time (as the program saw it, offset included) travels
 * in the registered global "<runtime>:clock_state".
 *
 * The offset is added to the user time of getrusage and times (the split
 * between user and system time is not kept). Per-thread CPU clocks
 * (RUSAGE_THREAD, CLOCK_THREAD_CPUTIME_ID) and the children's times are
 * left as the kernel reports them.
 *===----------------------------------------------------------------------===*/
#include "state_clock.h"
#include "runtime_globals.h"
#include <sys/resource.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

typedef struct clock_state {
  int64_t cpu_ns; /* the program's process CPU time at the checkpoint */
} clock_state;

static clock_state ks;
static int64_t offset_ns; /* added to this process's CPU time; not saved */

MIG_RUNTIME_GLOBAL(clock_state, clock_state, ks, 0,
                   MIG_RUNTIME_FIELD(clock_state, cpu_ns, __mig_type_llong, 1))

static int64_t process_cpu_ns(void) {
  struct timespec t;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) != 0) return 0;
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

void mig_st_clock_collect(writer *w) {
  (void)w;
  ks.cpu_ns = process_cpu_ns() + offset_ns;
}

void mig_st_clock_finish(rctx *x) {
  (void)x;
  offset_ns = ks.cpu_ns - process_cpu_ns();
}

static void add_ns(int64_t *sec, int64_t *frac, int64_t per_sec, int64_t ns) {
  int64_t units = *sec * per_sec + *frac + ns / (1000000000 / per_sec);
  if (units < 0) units = 0;
  *sec = units / per_sec;
  *frac = units % per_sec;
}

long __mig_clock(void) {
  clock_t c = clock();
  if (c == (clock_t)-1 || offset_ns == 0) return (long)c;
  int64_t v = (int64_t)c + offset_ns / (1000000000 / CLOCKS_PER_SEC);
  return (long)(v < 0 ? 0 : v);
}

int __mig_clock_gettime(int id, struct timespec *ts) {
  int r = clock_gettime((clockid_t)id, ts);
  if (r == 0 && id == CLOCK_PROCESS_CPUTIME_ID && offset_ns != 0) {
    int64_t s = ts->tv_sec, ns = ts->tv_nsec;
    add_ns(&s, &ns, 1000000000, offset_ns);
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = (long)ns;
  }
  return r;
}

int __mig_getrusage(int who, struct rusage *ru) {
  int r = getrusage(who, ru);
  if (r == 0 && who == RUSAGE_SELF && offset_ns != 0) {
    int64_t s = ru->ru_utime.tv_sec, us = ru->ru_utime.tv_usec;
    add_ns(&s, &us, 1000000, offset_ns);
    ru->ru_utime.tv_sec = (time_t)s;
    ru->ru_utime.tv_usec = (__typeof__(ru->ru_utime.tv_usec))us;
  }
  return r;
}

long __mig_times(struct tms *t) {
  clock_t r = times(t);
  if (r != (clock_t)-1 && offset_ns != 0) {
    int64_t ticks = (int64_t)t->tms_utime + offset_ns / (1000000000 / sysconf(_SC_CLK_TCK));
    t->tms_utime = (clock_t)(ticks < 0 ? 0 : ticks);
  }
  return (long)r;
}
