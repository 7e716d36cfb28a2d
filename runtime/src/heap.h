/*===- heap.h - Heap block registry and allocation wrappers (heap.c) ------===*/
#ifndef MIG_HEAP_H
#define MIG_HEAP_H
#include <mig/abi.h>
#include <stddef.h>
#include <stdint.h>

typedef struct mig_heap_block {
  uintptr_t addr;
  size_t size;
  const __mig_type *type;
  size_t align; /* 0: malloc's; else the block's alignment (aligned_alloc...) */
} mig_heap_block;
/* Snapshot of the live blocks, in no order (malloc'ed array, caller frees). */
mig_heap_block *mig_heap_snapshot(size_t *n);
/* The object name a heap block is saved with: "" or "align:N". */
const char *mig_heap_block_name(const mig_heap_block *b);
/* A registered block for a restored object (name: as saved); exits with a
 * message when out of memory or the name is not one of the above. */
void *mig_heap_alloc(size_t size, const __mig_type *type, const char *name);
/* The same, placed at the sender's address `sender` modulo 64 KiB (small
 * blocks) or 256 / 4096 (large ones) where it can be (heap.c). */
void *mig_heap_place(size_t size, const __mig_type *type, const char *name, uint64_t sender);
/* a is in the runtime's small-block segments (live or freed block). */
int mig_heap_owns(uintptr_t a);

#endif
