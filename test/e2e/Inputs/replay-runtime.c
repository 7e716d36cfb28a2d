/* A fake runtime for testing scripts/mig-migrate-test (see fake-migcc):
 * implements MIG_STATS, MIG_STOP_AT, MIG_CKPT and MIG_RESTORE by replay.
 * Only mig_checkpoint() calls are poll points. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static long polls, stop_at, replay_until, ckpts;
static int saved_fd = -1;

static void stats(void) {
  if (getenv("MIG_STATS")) fprintf(stderr, "mig: polls=%ld checkpoints=%ld\n", polls, ckpts);
}

__attribute__((constructor)) static void init(void) {
  atexit(stats);
  const char *s = getenv("MIG_STOP_AT");
  if (s) stop_at = atol(s);
  const char *r = getenv("MIG_RESTORE");
  if (r) {
    FILE *f = fopen(r, "r");
    if (!f || fscanf(f, "%ld", &replay_until) != 1) {
      fprintf(stderr, "fake runtime: bad checkpoint %s\n", r);
      exit(3);
    }
    fclose(f);
    fflush(stdout);
    saved_fd = dup(1);
    int n = open("/dev/null", O_WRONLY);
    dup2(n, 1);
    close(n);
  }
}

int mig_checkpoint(void) {
  polls++;
  if (saved_fd >= 0) {
    if (polls == replay_until) {
      fflush(stdout);
      dup2(saved_fd, 1);
      close(saved_fd);
      saved_fd = -1;
      if (getenv("FAKE_BUG")) printf("BUG LINE\n");
      return 1;
    }
    return 0;
  }
  const char *ck = getenv("MIG_CKPT");
  ckpts++;
  if (ck) {
    FILE *f = fopen(ck, "w");
    if (f) {
      fprintf(f, "%ld\n", polls);
      fclose(f);
    }
  }
  if (stop_at && polls == stop_at) {
    fflush(stdout);
    exit(85);
  }
  return 0;
}
