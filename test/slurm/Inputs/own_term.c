/* A program with its own SIGTERM handler (a server shutting down, a
 * compressor deleting its partial output): it must keep it, so migration
 * uses another stop signal (MIG_STOP_SIGNAL=USR2). Each step sleeps the
 * milliseconds in the file $DELAY_FILE (0 without it), read at every step,
 * so a test decides when the program may finish. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void on_term(int sig) {
  (void)sig;
  static const char msg[] = "own SIGTERM handler: cleaning up\n";
  write(2, msg, sizeof msg - 1);
  _exit(3);
}

static int delay_ms(void) {
  const char *path = getenv("DELAY_FILE");
  int ms = 0;
  FILE *f = path ? fopen(path, "r") : NULL;
  if (f) {
    if (fscanf(f, "%d", &ms) != 1) ms = 0;
    fclose(f);
  }
  return ms;
}

int main(int argc, char **argv) {
  int steps = argc > 1 ? atoi(argv[1]) : 50;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_term;
  sigaction(SIGTERM, &sa, NULL);
  long sum = 0;
  for (int i = 0; i < steps; i++) {
    sum += (long)i * i;
    printf("step %d sum %ld\n", i, sum);
    fprintf(stderr, "progress %d\n", i);
    int ms = delay_ms();
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
  }
  return 0;
}
