// -Wmig-unsafe: each of MigThread's unsafe factors is reported at the user's
// own file and line; without the flag nothing is said.
// RUN: %clang -E -I%mig-include %s -o %t.i
// RUN: %mig-pp -Wmig-unsafe %t.i -o %t.c 2>&1 | %FileCheck %s
// RUN: %mig-pp %t.i -o %t.c 2>&1 | %FileCheck --check-prefix=QUIET --allow-empty %s
// QUIET-NOT: warning
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>

union holder { int *p; long l; };
jmp_buf env;
static void on_signal(int s) { (void)s; }

int sum(int n, ...) {
  va_list ap;
  // CHECK: unsafe-factors.c:[[@LINE-1]]:11: warning: va_list 'ap' points into the C stack{{.*}}[-Wmig-unsafe]
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int) + sum(0);
  va_end(ap);
  return s;
}

int main(void) {
  union holder u;
  // CHECK: unsafe-factors.c:[[@LINE-1]]:16: warning: 'u' is a union holding a pointer{{.*}}[-Wmig-unsafe]
  long v = (long)&u;
  // CHECK: unsafe-factors.c:[[@LINE-1]]:12: warning: pointer converted to an integer{{.*}}[-Wmig-unsafe]
  char *home = getenv("HOME");
  // CHECK: unsafe-factors.c:[[@LINE-1]]:16: warning: 'getenv' returns a pointer into library memory{{.*}}[-Wmig-unsafe]
  sysv_signal(SIGINT, on_signal);
  // CHECK: unsafe-factors.c:[[@LINE-1]]:3: warning: a signal handler installed with 'sysv_signal' runs outside the runtime's trampoline{{.*}}[-Wmig-unsafe]
  signal(SIGINT, on_signal);
  // CHECK-NOT: unsafe-factors.c:[[@LINE-1]]:{{.*}}signal
  if (setjmp(env))
  // CHECK: unsafe-factors.c:[[@LINE-1]]:7: warning: setjmp/longjmp{{.*}}[-Wmig-unsafe]
    return 1;
  __asm__("nop");
  // CHECK: unsafe-factors.c:[[@LINE-1]]:3: warning: inline assembly is not portable{{.*}}[-Wmig-unsafe]
  return sum(2, 1, 2) + (int)(v & 0) + (home == 0);
}
