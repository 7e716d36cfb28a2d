// Poll coverage a user would notice: a long-running loop stops when SIGTERM
// is sent once. Each loop below runs ~forever (2^62 iterations) unless a poll
// point stops it, so the bound is "stopped at all" (exit 85, checkpoint
// written), not a time: the 600 s `timeout` only ends a broken build's run
// (exit 124). The loops have no side effects and no calls but their results
// are used afterwards (printed), so the optimizer cannot delete them and
// mig-pp must keep them polled; a `for (;;)` with only local work is an
// infinite loop C does not let the optimizer delete either.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: rm -rf %t && mkdir -p %t
// RUN: %migcc -O2 %s -o %t/p
// RUN: for m in used nested forever; do sh -c '%t/p '$m' > %t/out.'$m' & p=$!; until grep -q running %t/out.'$m'; do sleep 0.01; done; kill -TERM $p; wait $p; echo "$0 exit $?"' $m; done > %t/exits
// RUN: %FileCheck %s --input-file %t/exits
// CHECK: used exit 85
// CHECK-NEXT: nested exit 85
// CHECK-NEXT: forever exit 85
#include <stdio.h>
#include <string.h>

static unsigned long step(unsigned long x) { return x * 6364136223846793005ul + 1442695040888963407ul; }

int main(int argc, char **argv) {
  volatile unsigned long n = 1ul << 62; // not a constant the optimizer can fold
  unsigned long x = 1, i = 0;
  const char *mode = argc > 1 ? argv[1] : "used";
  printf("running\n");
  fflush(stdout);
  if (!strcmp(mode, "used")) {
    while (i < n) { // result used: stays
      x = step(x);
      i++;
    }
  } else if (!strcmp(mode, "nested")) {
    for (unsigned long a = 0; a < n; a++) // nested pure loops, result used
      for (unsigned long b = 0; b < (a & 7) + 1000; b++)
        x = step(x) ^ b;
  } else {
    for (;;) { // no exit at all
      x = step(x);
      if (x == 0)
        x = 1;
    }
  }
  printf("%lu\n", x);
  return 0;
}
