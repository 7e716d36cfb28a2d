/* foreign_pointers.c - pointers the runtime can and cannot migrate.
 * argv[1] picks what main holds at its mig_checkpoint() call:
 *   freed   a pointer to a freed heap block (stale: fine, never used again)
 *   stream  stdout (translated)
 *   file    an open FILE from fmemopen (refused: the runtime does not track it;
 *           files from fopen migrate, test/pp/files-*.c)
 *   tm      localtime()'s static struct tm inside libc (refused)
 *   mmap    an anonymous mmap the program made itself (refused)
 *   ufile   an open FILE in a union's pointer member (refused)
 *   uint    an integer in the same union (kept)
 * It prints what mig_checkpoint() returned; a refusal is one line on stderr
 * naming the variable. */
#include <mig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

union any {
  FILE *f;
  long n;
};
static union any slot;
static char membuf[64];

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "freed";
  void *held = NULL;
  if (!strcmp(mode, "freed")) {
    long *p = malloc(64 * sizeof *p);
    p[0] = 1;
    free(p);
    held = p;
  } else if (!strcmp(mode, "stream")) {
    held = stdout;
  } else if (!strcmp(mode, "file")) {
    held = fmemopen(membuf, sizeof membuf, "w");
  } else if (!strcmp(mode, "tm")) {
    time_t now = 0;
    held = localtime(&now);
  } else if (!strcmp(mode, "mmap")) {
    held = mmap(NULL, 1 << 16, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  }
  else if (!strcmp(mode, "ufile")) slot.f = fmemopen(membuf, sizeof membuf, "w");
  else if (!strcmp(mode, "uint")) slot.n = 0x12345678912345L;
  int rc = mig_checkpoint();
  printf("%s: mig_checkpoint() returned %d, held %s\n", mode, rc, held ? "non-null" : "null");
  if (!strcmp(mode, "uint")) printf("slot.n = %lx\n", slot.n);
  if (!strcmp(mode, "stream") && rc == 1) fprintf((FILE *)held, "stream still works\n");
  return 0;
}
