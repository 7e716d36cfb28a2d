/* A job for the Slurm tests: STEPS steps, a line of state per step on
 * stdout (the result, compared with an uninterrupted run) and "progress N"
 * on stderr (unbuffered, so a test can see how far the job got). The state
 * lives on the heap and in locals, so a resumed run continues it rather
 * than starting over. Each step sleeps the milliseconds written in the file
 * $PROGRESS_DELAY_FILE (0 without it), read again at every step: a test
 * keeps the job running as long as it needs, then lets it finish at once,
 * with no race against the clock. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct state {
  uint64_t hash;
  long sum;
};

static void step(struct state *s, int i) {
  s->hash = (s->hash ^ (uint64_t)i) * 0x100000001b3ull;
  s->sum += i % 7;
}

static int delay_ms(void) {
  const char *path = getenv("PROGRESS_DELAY_FILE");
  int ms = 0;
  FILE *f = path ? fopen(path, "r") : NULL;
  if (f) {
    if (fscanf(f, "%d", &ms) != 1) ms = 0;
    fclose(f);
  }
  return ms;
}

static void nap(int ms) {
  struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&t, NULL); /* a stop signal ends it early: the next poll stops */
}

int main(int argc, char **argv) {
  int steps = argc > 1 ? atoi(argv[1]) : 100;
  struct state *s = malloc(sizeof *s);
  s->hash = 0xcbf29ce484222325ull;
  s->sum = 0;
  for (int i = 0; i < steps; i++) {
    step(s, i);
    printf("step %d hash %016llx sum %ld\n", i, (unsigned long long)s->hash, s->sum);
    fprintf(stderr, "progress %d\n", i);
    nap(delay_ms());
  }
  printf("done %d steps\n", steps);
  free(s);
  return 0;
}
