/* explicit_checkpoint.c - mig_checkpoint() calls in user code.
 *
 * mig_checkpoint() returns 0 when execution simply continues after writing a
 * checkpoint, 1 when it resumes from that checkpoint after a restore, and a
 * negative value when the checkpoint was refused. Only the last case is
 * visible in the output ("refused"), so the output of a run that is stopped
 * and restored is byte-identical to that of an uninterrupted run. The calls
 * sit in several contexts: in main's loop, in a nested call with live
 * locals, inside an expression, in a condition, and in a loop condition.
 * At the end the program prints how many calls returned 0 or 1 together
 * (always the number of calls made) and how many were refused.
 */
#include <mig.h>
#include <stdio.h>

static int ok_calls, refused_calls;

static int ckpt(const char *where, int step) {
  int r = mig_checkpoint();
  if (r < 0) {
    refused_calls++;
    printf("refused at %s step %d\n", where, step);
  } else {
    ok_calls++; /* 0 (continued) or 1 (resumed): deliberately not told apart */
  }
  return r >= 0;
}

static long long work(int step, long long acc) {
  long long local[4] = {step, step * 2, step * 3, acc};
  for (int i = 0; i < 4; i++) acc = acc * 31 + local[i];
  if (step % 10 == 3) ckpt("work", step);
  local[0] += acc & 0xff;
  return acc % 1000000007 + local[0];
}

int main(void) {
  long long acc = 7; /* long long: the same arithmetic on 32-bit targets */
  unsigned long long sum = 0;
  int calls = 0;

  for (int step = 0; step < 60; step++) {
    acc = work(step, acc);
    calls += step % 10 == 3;
    if (step % 7 == 0) {
      calls++;
      ckpt("main", step);
    }
    /* a checkpoint inside an expression */
    if (step % 11 == 5) {
      calls++;
      acc += ckpt("expr", step) * 1000 + step;
    }
    sum = sum * 1000003 + (unsigned long long)acc;
    printf("step %2d acc %lld\n", step, acc);
  }
  int k = 0;
  while (k < 3 && ckpt("while-cond", k)) { /* in a loop condition */
    calls++;
    k++;
    printf("loop %d\n", k);
  }
  if (k < 3) calls++;
  printf("calls made %d, returned 0 or 1: %d, refused: %d\n", calls, ok_calls, refused_calls);
  printf("checksum %016llx\n", sum);
  return 0;
}
