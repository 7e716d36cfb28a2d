/*===- state_pointers.h - Pointers across a checkpoint (state_pointers.c) -===*/
#ifndef MIG_STATE_POINTERS_H
#define MIG_STATE_POINTERS_H
#include <stdint.h>

/* Restore: the poison pointer that stands for stale sender value v (0 when
 * the region cannot be reserved). */
uintptr_t mig_poison_pointer(uint64_t v);
/* 1 when a is a poison pointer (a restored stale pointer). */
int mig_is_poison(uintptr_t a);

#endif
