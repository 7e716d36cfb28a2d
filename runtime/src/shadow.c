/*===- shadow.c - Per-thread shadow stack ---------------------------------===*
 * One big reservation per thread (MAP_NORESERVE: pages are only committed
 * when touched), bump allocated by __mig_shadow_push in abi.h. The first
 * push of a thread finds top == limit == NULL, lands in
 * __mig_shadow_overflow and initializes the stack there.
 *===----------------------------------------------------------------------===*/
#include "internal.h"
#include "memmap.h"
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#if UINTPTR_MAX > 0xffffffffu
#define SHADOW_RESERVE ((size_t)1 << 30) /* 1 GiB */
#else
#define SHADOW_RESERVE ((size_t)64 << 20)
#endif

__thread char *__mig_shadow_top __attribute__((tls_model("initial-exec")));
__thread char *__mig_shadow_limit __attribute__((tls_model("initial-exec")));
static __thread char *shadow_base;

/* Live __mig_shadow_alloca blocks of this thread, in address order. */
static __thread mig_alloca_rec *allocas;
static __thread size_t nallocas, capallocas;

void mig_shadow_init_thread(void) {
  if (shadow_base) return;
  void *p = mmap(NULL, SHADOW_RESERVE, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) mig_fatal("cannot reserve %zu MiB for the shadow stack", SHADOW_RESERVE >> 20);
  mig_memmap_note_runtime_range(p, SHADOW_RESERVE); /* stale pointers into it are fine */
  shadow_base = __mig_shadow_top = p;
  __mig_shadow_limit = shadow_base + SHADOW_RESERVE;
}

char *mig_shadow_base(void) {
  mig_shadow_init_thread();
  return shadow_base;
}

void *__mig_shadow_overflow(const __mig_func *fn) {
  if (shadow_base)
    mig_fatal("shadow stack overflow (%zu MiB) in %s: recursion too deep?",
              SHADOW_RESERVE >> 20, fn->name);
  mig_shadow_init_thread();
  return __mig_shadow_push(fn);
}

static void *shadow_block(__mig_size_t n, const __mig_type *type, unsigned tag) {
  mig_shadow_init_thread();
  char *p = (char *)(((uintptr_t)__mig_shadow_top + 15) & ~(uintptr_t)15);
  if (n > (size_t)(__mig_shadow_limit - p))
    mig_fatal("shadow stack overflow (%zu MiB) in alloca(%zu)", SHADOW_RESERVE >> 20, (size_t)n);
  /* Blocks at or above p were freed when their frames were popped. */
  while (nallocas && allocas[nallocas - 1].addr >= p) nallocas--;
  if (nallocas == capallocas) {
    capallocas = capallocas ? capallocas * 2 : 16;
    allocas = mig_xrealloc(allocas, capallocas * sizeof *allocas);
  }
  allocas[nallocas++] = (mig_alloca_rec){p, n, type, tag};
  __mig_shadow_top = p + n;
  return p;
}

void *__mig_shadow_alloca(__mig_size_t n) { return shadow_block(n, &__mig_type_bytes, 0); }

/* The previous instance of a VLA declaration is dead when the declaration is
 * reached again; so is every VLA allocated after it (declared later in its
 * scope or in an inner one). An alloca() after it is not (it lives until
 * the function returns): then nothing is reused. */
void *__mig_shadow_vla(void *prev, __mig_size_t n, const __mig_type *elem, unsigned tag) {
  while (nallocas && allocas[nallocas - 1].addr >= __mig_shadow_top) nallocas--;
  size_t i = nallocas;
  while (prev && i > 0 && allocas[i - 1].addr > (char *)prev && allocas[i - 1].tag) i--;
  if (prev && i > 0 && allocas[i - 1].addr == (char *)prev && allocas[i - 1].tag == tag) {
    nallocas = i - 1;
    __mig_shadow_top = prev;
  }
  return shadow_block(n, elem ? elem : &__mig_type_bytes, tag);
}

const mig_alloca_rec *mig_shadow_allocas(size_t *n) {
  /* Blocks above the top are dead. */
  while (nallocas && allocas[nallocas - 1].addr >= __mig_shadow_top) nallocas--;
  *n = nallocas;
  return allocas;
}

void mig_shadow_set_allocas(const mig_alloca_rec *a, size_t n) {
  nallocas = 0;
  for (size_t i = 0; i < n; i++) {
    if (nallocas == capallocas) {
      capallocas = capallocas ? capallocas * 2 : 16;
      allocas = mig_xrealloc(allocas, capallocas * sizeof *allocas);
    }
    allocas[nallocas++] = a[i];
  }
}
