/*===- unit_memmap.c - memmap.c: stale or foreign, for unknown pointers ----===*
 * A pointer into no saved object is stale (restored as poison) or foreign
 * (the checkpoint is refused, naming what it points into). Checked on this
 * process's own map: the stack, malloc's heap, the runtime's small blocks,
 * runtime-registered ranges, libc's data, the program's own data, an open
 * FILE, an anonymous mapping (unknown, or holding a registered heap block),
 * and the bounds of a mapping (last byte vs the first unmapped byte).
 *===----------------------------------------------------------------------===*/
#include <mig/abi.h> /* __mig_malloc */
#include "memmap.h"
#include "unit.h"
#include <errno.h> /* program_invocation_short_name */
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static char why[512];
static int own_data[4] = {1, 2, 3, 4}; /* file-backed: this program's .data */

static int classify(const void *p) {
  why[0] = 0;
  return mig_memmap_classify((uintptr_t)p, why, sizeof why);
}

static void reload(const uintptr_t *blocks, size_t n) {
  mig_memmap_end();
  mig_memmap_begin(blocks, n);
  CHECK(mig_memmap_loaded());
}

static void stale_places(void) {
  int here = 0;
  reload(NULL, 0);
  CHECK(classify(&here) == 0); /* the stack: a returned frame */
  void *m = malloc(64);        /* malloc's brk heap */
  reload(NULL, 0);
  CHECK(classify(m) == 0);
  free(m);
  void *small = __mig_malloc(32, NULL); /* the runtime's own segments */
  CHECK(classify(small) == 0);
  __mig_free(small);
}

static void foreign_places(void) {
  reload(NULL, 0);
  CHECK(classify(&own_data[1]) == -1);
  CHECK(strstr(why, program_invocation_short_name) != NULL && strstr(why, "cannot be migrated") != NULL);
  CHECK(classify(stdout) == -1); /* _IO_2_1_stdout_, in libc's data */
  CHECK(strstr(why, "libc.so") != NULL);
  FILE *f = fopen("/dev/null", "r"); /* a FILE malloc'ed on the heap */
  reload(NULL, 0);
  CHECK(f && classify(f) == -1 && strstr(why, "open FILE") != NULL);
  fclose(f);
}

static void anonymous_mappings(void) {
  long pg = sysconf(_SC_PAGESIZE);
  char *a = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK(a != MAP_FAILED);
  munmap(a + 2 * pg, pg); /* the map ends after two pages */
  reload(NULL, 0);
  CHECK(classify(a + 100) == -1 && strstr(why, "anonymous mapping") != NULL);
  CHECK(classify(a + 2 * pg - 1) == -1); /* the last byte */
  CHECK(classify(a + 2 * pg) == 0);      /* unmapped: a freed large block */
  /* Holding a registered heap block: a malloc arena, so stale. */
  uintptr_t block = (uintptr_t)(a + 64);
  reload(&block, 1);
  CHECK(classify(a + pg) == 0);
  /* A runtime reservation (a shadow stack): stale, until forgotten. */
  reload(NULL, 0);
  mig_memmap_note_runtime_range(a, 2 * pg);
  CHECK(classify(a + 8) == 0);
  CHECK(classify(a + 2 * pg - 1) == 0);
  mig_memmap_forget_runtime_range(a);
  CHECK(classify(a + 8) == -1);
  munmap(a, 2 * pg);
  reload(NULL, 0);
  CHECK(classify(a + 8) == 0);
  mig_memmap_end();
  CHECK(!mig_memmap_loaded());
}

int main(void) {
  stale_places();
  foreign_places();
  anonymous_mappings();
  return unit_done("unit_memmap");
}
