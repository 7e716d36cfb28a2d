/*===- validate.h - A checkpoint's objects against this program -----------===*
 * The reader (reader.c) checks that a file is well formed; these functions
 * check that what it describes fits this process before restore.c writes a
 * single byte: every object's element count and byte size against the
 * receiver's own type and registry, the memory a restore may reserve
 * against the file's size, and held mutexes against saved typed memory.
 * Each returns 0, or -1 with a one-line reason in err (restore.c names the
 * object and exits 2).
 *===----------------------------------------------------------------------===*/
#ifndef MIG_VALIDATE_H
#define MIG_VALIDATE_H
#include <mig/abi.h>
#include <stddef.h>
#include <stdint.h>
#include "reader.h"

/* Object o of c, whose type here is r: its element count and bytes are
 * what this program says (globals, thread-locals, frames: exactly; heap
 * blocks and allocas: a tail shorter than one element). *rbytes = its size
 * in this process. */
int mig_validate_object(const mig_ckpt *c, const mig_robject *o, const __mig_type *r,
                        uint64_t *rbytes, char *err, size_t errlen);

/* Memory the restore will allocate for objects (heap blocks, argv/envp):
 * call before each allocation of `bytes` (alignment `align`, 0 if none);
 * refuses once the total exceeds what a file of c->file_size bytes can
 * justify or three quarters of this process's address space (a 32-bit
 * receiver), or an alignment beyond max(4096, bytes). */
typedef struct mig_reserve {
  uint64_t total;
} mig_reserve;
int mig_validate_reserve(const mig_ckpt *c, mig_reserve *res, uint64_t bytes, uint64_t align,
                         char *err, size_t errlen);
/* The alignment a heap block's name asks for ("align:N"), 0 for none; -1 if
 * the name is not one the writer makes. */
int64_t mig_heap_name_align(const char *name);

/* A literal named in the checkpoint with `size` bytes, `here` bytes here. */
int mig_validate_literal(const char *name, uint64_t size, uint64_t here, char *err,
                         size_t errlen);

/* Held mutexes: every address must be the start of a pthread_mutex_t
 * element (MIG_K_MUTEX) of a saved object (obj_of: index of the object
 * containing a sender address, or UINT32_MAX), and a non-recursive mutex is
 * held at most once, a recursive one by one thread only. */
int mig_validate_held_mutexes(const mig_ckpt *c, uint32_t (*obj_of)(void *, uint64_t),
                              void *ctx, char *err, size_t errlen);

#endif
