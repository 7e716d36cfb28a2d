/*===- memmap.h - What an unknown address points into ---------------------===*/
#ifndef MIG_MEMMAP_H
#define MIG_MEMMAP_H
#include <stddef.h>
#include <stdint.h>

/* A reservation the runtime owns (a shadow stack): pointers into it that
 * hit no saved object are stale, never foreign. */
void mig_memmap_note_runtime_range(const void *start, size_t size);
void mig_memmap_forget_runtime_range(const void *start); /* it is unmapped */

/* Read the process's memory map (once until mig_memmap_end) and mark the
 * mappings that hold one of the given heap block addresses as malloc's. */
void mig_memmap_begin(const uintptr_t *heap_blocks, size_t n);
int mig_memmap_loaded(void);
void mig_memmap_end(void);

/* For a data pointer in no saved object: 0 when it is stale (restored as a
 * poison pointer), -1 when it points into memory the runtime cannot migrate;
 * then `why` says so, e.g. "points into memory of libc.so.6 ...". */
int mig_memmap_classify(uintptr_t v, char *why, size_t n);

#endif
