/*===- code_ranges.c - Does an address point at this process's code? -----===*
 * A restore keeps the bits of a union's pointer member as they are when
 * they are not the sender address of a saved object or known function
 * (they may be another member's value). A crafted checkpoint could use
 * that to hand the program a function pointer of its choosing (issue 13):
 * bits that are an address in this process's code cannot come from the
 * sender (its code addresses are translated by name) and are refused.
 *===----------------------------------------------------------------------===*/
#include "code_ranges.h"
#include "util.h"
#include <stdio.h>
#include <stdlib.h>

static mig_addr_range *ranges;
static size_t nranges;
static int loaded;

static void load(void) {
  int have_maps;
  ranges = mig_maps_ranges(2, 'x', &nranges, &have_maps);
  loaded = 1;
}

int mig_points_to_code(uintptr_t v) {
  if (!loaded) load();
  for (size_t i = 0; i < nranges; i++)
    if (v >= ranges[i].lo && v < ranges[i].hi) return 1;
  return 0;
}

void mig_code_ranges_forget(void) {
  free(ranges);
  ranges = NULL;
  nranges = 0;
  loaded = 0;
}
