/*===- state_pointers.h - Pointers across a checkpoint (state_pointers.c) -===*/
#ifndef MIG_STATE_POINTERS_H
#define MIG_STATE_POINTERS_H
#include "rctx.h"
#include "wctx.h"
#include <stdint.h>

/* Restore: the poison pointer that stands for stale sender value v (0 when
 * the region cannot be reserved). */
uintptr_t mig_poison_pointer(uint64_t v);
/* 1 when a is a poison pointer (a restored stale pointer). */
int mig_is_poison(uintptr_t a);

/* Writer: judge every pointer in the collected objects (w->specials set). */
void mig_st_pointers_check(writer *w);
/* Restore: a sender data / function pointer -> this process. */
uintptr_t mig_r_xlate_ptr(rctx *x, uint64_t v);
uintptr_t mig_r_xlate_fn(rctx *x, uint64_t v, const __mig_type *declared);
/* A function pointer in a union of receiver type u: the function must be
 * compatible with one of u's function pointer members. */
uintptr_t mig_r_xlate_union_fn(rctx *x, uint64_t v, const __mig_type *u);
/* A union copied as bytes: members that hold pointers, judged by value. */
void mig_r_rebase_union(rctx *x, uint32_t si, const __mig_type *u, const unsigned char *src,
                        unsigned char *dst);
/* v is the sender address of a saved object, literal or standard stream. */
int mig_r_is_sender_object(rctx *x, uint64_t v);
/* Refuses kept bits of a union's function pointer member that point at
 * this process's code (code_ranges.c; 64-bit processes only). */
void mig_r_check_kept_bits(rctx *x, uint64_t v);
/* A pointer-carrying integer (MIG_K_PTRINT) of sender type si: the address
 * of a saved object is re-based, any other value converted as an integer. */
void mig_r_conv_ptrint(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                       unsigned char *dst);
/* Object i after conversion: its untyped parts scanned for pointers. */
void mig_r_rebase_untyped(rctx *x, uint32_t i);
/* A value that may be a pointer (a thread's argument): translated when it
 * points into a saved object, else kept. */
void *mig_r_xlate_value(rctx *x, uint64_t v);

#endif
