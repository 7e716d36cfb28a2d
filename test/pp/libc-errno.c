// errno is per thread and libc's: a program stopped between a failing call
// and its test of errno saw another value after a restore (the runtime's
// own calls had changed it). Each thread's errno is saved when it stops and
// put back when its rewind ends (runtime/src/state_errno.c, poll.c), on
// x86-64 and AArch64, and when the program goes on after writing a
// checkpoint.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %check-migration --max-all 60 %s %t.d
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static long spin(long n) { // polls, no library calls: errno untouched
  long s = 0;
  for (long i = 0; i < n; i++) // not innermost: a poll point
    for (long j = 0; j < 2; j++)
      s += (i + j) * i % 7;
  return s;
}

int main(void) {
  long s = 0;
  for (int round = 0; round < 4; round++) {
    errno = 0;
    if (round % 2 == 0)
      (void)close(-1); // EBADF
    else
      (void)access("/nonexistent/mig/errno/test", F_OK); // ENOENT
    s += spin(5);
    printf("round %d errno %s %ld\n", round, errno == EBADF ? "EBADF" : errno == ENOENT ? "ENOENT" : "other", s);
  }
  return 0;
}
