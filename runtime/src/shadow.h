/*===- shadow.h - Per-thread shadow stack and shadow alloca (shadow.c) ----===*/
#ifndef MIG_SHADOW_H
#define MIG_SHADOW_H
#include <mig/abi.h>
#include <stddef.h>

typedef struct mig_alloca_rec {
  char *addr;
  size_t size;
  const __mig_type *type; /* element type: bytes for alloca(), typed for VLAs */
  unsigned tag;           /* VLA declaration number, 0: alloca or restored */
} mig_alloca_rec;
typedef struct mig_shadow mig_shadow; /* a thread's shadow stack */
void mig_shadow_init_thread(void);
void mig_shadow_release_thread(void);
char *mig_shadow_base(void);
mig_shadow *mig_shadow_self(void);
char *mig_shadow_base_of(const mig_shadow *s);
char *mig_shadow_limit_of(const mig_shadow *s);
/* Live allocas of this thread, in address order. */
const mig_alloca_rec *mig_shadow_allocas(size_t *n);
void mig_shadow_set_allocas(const mig_alloca_rec *a, size_t n);
/* The same for any thread's stack (parked, or waiting to rewind). */
const mig_alloca_rec *mig_shadow_allocas_in(mig_shadow *s, const char *top, size_t *n);
void mig_shadow_set_allocas_in(mig_shadow *s, const mig_alloca_rec *a, size_t n);

#endif
