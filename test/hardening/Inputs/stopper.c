/* Runs until it is stopped: raises SIGTERM at iteration 1000 itself (no
 * timing), polls at every iteration. "refuse" keeps an open FILE in a
 * saved global, which makes every checkpoint refused; "churn" calls
 * mig_checkpoint() over and over with 16 MB of heap (for kill -9). */
#include <mig.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

FILE *log_file;
static char sink[64];
long total;
long pad[8192] = {1}; /* 64 KiB: larger than the disk-full test's tmpfs */

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "";
  if (!strcmp(mode, "refuse")) log_file = fmemopen(sink, sizeof sink, "w"); /* not tracked */
  if (!strcmp(mode, "churn")) {
    char *big = malloc(16 << 20);
    memset(big, 1, 16 << 20);
    for (int i = 0; i < 1000000; i++) {
      big[i % (16 << 20)]++;
      mig_checkpoint();
    }
    return 0;
  }
  for (long i = 0; i < 100000000; i++) {
    if (i == 1000) raise(SIGTERM);
    total += i;
  }
  printf("not stopped: %ld\n", total);
  return 0;
}
