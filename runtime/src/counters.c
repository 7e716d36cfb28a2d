/*===- counters.c - What a run counts and what a resume returns -----------===*/
#include "counters.h"
#include <stdio.h>
#include <stdlib.h>

mig_counters mig_count;

static void print_stats(void) {
  fprintf(stderr, "mig: polls=%llu checkpoints=%llu\n", (unsigned long long)mig_count.polls,
          (unsigned long long)mig_count.checkpoints);
}

void mig_counters_print_at_exit(void) { atexit(print_stats); }
