/*===- state_pointers.c - Pointers across a checkpoint --------------------===*
 * A stale pointer (into memory that was freed or a frame that returned
 * before the checkpoint) is never dereferenced by a correct program, but it
 * may still be compared with NULL or with another copy of itself. It
 * becomes an address in a reserved, inaccessible region: non-NULL, equal
 * for equal sender values (modulo the region size), and any use traps.
 *===----------------------------------------------------------------------===*/
#include "state_pointers.h"
#include <stddef.h>
#include <sys/mman.h>

#define POISON_SIZE ((uintptr_t)1 << 20)

static char *poison_region;

int mig_is_poison(uintptr_t a) {
  return poison_region && a - (uintptr_t)poison_region < POISON_SIZE;
}

uintptr_t mig_poison_pointer(uint64_t v) {
  char *region = poison_region;
  if (!region) {
    void *p = mmap(NULL, POISON_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) return 0;
    poison_region = region = p;
  }
  return (uintptr_t)region + (uintptr_t)(v & (POISON_SIZE - 1));
}
