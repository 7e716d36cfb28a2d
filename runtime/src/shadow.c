/*===- shadow.c - Per-thread shadow stack ---------------------------------===*
 * One big reservation per thread (MAP_NORESERVE: pages are only committed
 * when touched), bump allocated by __mig_shadow_push in abi.h. The first
 * push of a thread finds top == limit == NULL, lands in
 * __mig_shadow_overflow and initializes the stack there.
 *===----------------------------------------------------------------------===*/
#include "shadow.h"
#include "types.h"
#include "util.h"
#include "memmap.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#if UINTPTR_MAX > 0xffffffffu
#define SHADOW_RESERVE ((size_t)1 << 30) /* 1 GiB */
#else
#define SHADOW_RESERVE ((size_t)64 << 20)
#endif

__thread char *__mig_shadow_top __attribute__((tls_model("initial-exec")));
__thread char *__mig_shadow_limit __attribute__((tls_model("initial-exec")));

/* One per thread, in its TLS; reached from other threads through
 * mig_shadow_self() while this one is parked or waits to rewind. */
struct mig_shadow {
  char *base;
  /* Live __mig_shadow_alloca blocks, in address order. */
  mig_alloca_rec *allocas;
  size_t nallocas, capallocas;
};
static __thread mig_shadow ss;

mig_shadow *mig_shadow_self(void) { return &ss; }
char *mig_shadow_base_of(const mig_shadow *s) { return s->base; }
char *mig_shadow_limit_of(const mig_shadow *s) { return s->base + SHADOW_RESERVE; }

void mig_shadow_init_thread(void) {
  if (ss.base) return;
  void *p = mmap(NULL, SHADOW_RESERVE, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) mig_fatal("cannot reserve %zu MiB for the shadow stack", SHADOW_RESERVE >> 20);
  mig_memmap_note_runtime_range(p, SHADOW_RESERVE); /* stale pointers into it are fine */
  ss.base = __mig_shadow_top = p;
  __mig_shadow_limit = ss.base + SHADOW_RESERVE;
}

/* A thread's stack goes when it ends; a new thread maps its own. */
void mig_shadow_release_thread(void) {
  if (!ss.base) return;
  mig_memmap_forget_runtime_range(ss.base);
  munmap(ss.base, SHADOW_RESERVE);
  free(ss.allocas);
  memset(&ss, 0, sizeof ss);
  __mig_shadow_top = __mig_shadow_limit = NULL;
}

char *mig_shadow_base(void) {
  mig_shadow_init_thread();
  return ss.base;
}

void *__mig_shadow_overflow(const __mig_func *fn) {
  if (ss.base)
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
  while (ss.nallocas && ss.allocas[ss.nallocas - 1].addr >= p) ss.nallocas--;
  if (ss.nallocas == ss.capallocas) {
    ss.capallocas = ss.capallocas ? ss.capallocas * 2 : 16;
    ss.allocas = mig_xrealloc(ss.allocas, ss.capallocas * sizeof *ss.allocas);
  }
  ss.allocas[ss.nallocas++] = (mig_alloca_rec){p, n, type, tag};
  __mig_shadow_top = p + n;
  return p;
}

void *__mig_shadow_alloca(__mig_size_t n) { return shadow_block(n, &__mig_type_bytes, 0); }

/* The previous instance of a VLA declaration is dead when the declaration is
 * reached again; so is every VLA allocated after it (declared later in its
 * scope or in an inner one). An alloca() after it is not (it lives until
 * the function returns): then nothing is reused. */
void *__mig_shadow_vla(void *prev, __mig_size_t n, const __mig_type *elem, unsigned tag) {
  while (ss.nallocas && ss.allocas[ss.nallocas - 1].addr >= __mig_shadow_top) ss.nallocas--;
  size_t i = ss.nallocas;
  while (prev && i > 0 && ss.allocas[i - 1].addr > (char *)prev && ss.allocas[i - 1].tag) i--;
  if (prev && i > 0 && ss.allocas[i - 1].addr == (char *)prev && ss.allocas[i - 1].tag == tag) {
    ss.nallocas = i - 1;
    __mig_shadow_top = prev;
  }
  return shadow_block(n, elem ? elem : &__mig_type_bytes, tag);
}

const mig_alloca_rec *mig_shadow_allocas_in(mig_shadow *s, const char *top, size_t *n) {
  /* Blocks above the top are dead. */
  while (s->nallocas && s->allocas[s->nallocas - 1].addr >= top) s->nallocas--;
  *n = s->nallocas;
  return s->allocas;
}

const mig_alloca_rec *mig_shadow_allocas(size_t *n) {
  return mig_shadow_allocas_in(&ss, __mig_shadow_top, n);
}

void mig_shadow_set_allocas_in(mig_shadow *s, const mig_alloca_rec *a, size_t n) {
  s->nallocas = 0;
  for (size_t i = 0; i < n; i++) {
    if (s->nallocas == s->capallocas) {
      s->capallocas = s->capallocas ? s->capallocas * 2 : 16;
      s->allocas = mig_xrealloc(s->allocas, s->capallocas * sizeof *s->allocas);
    }
    s->allocas[s->nallocas++] = a[i];
  }
}

void mig_shadow_set_allocas(const mig_alloca_rec *a, size_t n) {
  mig_shadow_set_allocas_in(&ss, a, n);
}
