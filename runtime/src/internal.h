/*===- internal.h - State shared between the runtime's source files -------===*
 * One file per kind of state (CRIU style):
 *   types.c     scalar descriptors, per-type facts (bitfield positions)
 *   registry.c  units, globals, functions, literals, migratable functions,
 *               program fingerprint
 *   heap.c      heap block registry and the allocation wrappers
 *   shadow.c    per-thread shadow stack and shadow alloca
 *   frames.c    unwind/rewind frame records and register-frame storage
 *   poll.c      execution state, poll points, mig_checkpoint, triggers
 *   user_signals.c  the program's signal handlers (trampoline, saved and
 *               re-installed dispositions)
 *   memmap.c    what an unknown address points into (stale or foreign)
 *   objmap.c    sorted address -> object table and offset re-basing
 *   writer.c    writing a checkpoint
 *   restore.c   reading one back into this process
 *   main.c      the program's main()
 * and the pure parts shared with migdump: util.c checksum.c arch.c
 * convert.c reader.c.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_INTERNAL_H
#define MIG_INTERNAL_H
#include <mig/abi.h>
#include <mig/format.h>
#include <stddef.h>
#include <stdint.h>
#include "convert.h"
#include "util.h"

/*--- types.c ---------------------------------------------------------------*/
typedef struct mig_typeinfo {
  const __mig_type *type;
  uint32_t *bit_offset; /* per field: LSB position of bitfields, else 0 */
  int has_ptr;          /* holds a data or function pointer somewhere  */
  int needs_check;      /* has_ptr, or holds a union/unsafe member: the
                           writer must look inside                      */
} mig_typeinfo;

/* Facts about a descriptor, computed once (bitfield probes run here). */
const mig_typeinfo *mig_typeinfo_of(const __mig_type *t);
/* Receiver-side lookup of a descriptor by its portable name. */
const __mig_type *mig_type_by_name(const char *name);
void mig_types_add(const __mig_type *t); /* and everything it refers to */

/*--- registry.c ------------------------------------------------------------*/
void mig_registry_init(void); /* after all constructors; exits on ABI mismatch */
uint64_t mig_fingerprint(void);
const __mig_global *mig_global_by_name(const char *name);
const __mig_literal *mig_literal_by_name(const char *name);
const __mig_func *mig_func_by_name(const char *name);
void *mig_function_addr(const char *name);
const char *mig_function_name(uintptr_t addr);
/* Iteration over registered things: index i < count. */
size_t mig_nglobals(void);
const __mig_global *mig_global_at(size_t i);
size_t mig_nliterals(void);
const __mig_literal *mig_literal_at(size_t i);
size_t mig_nfunctions(void);
const __mig_function_ref *mig_function_at(size_t i);

/*--- heap.c -----------------------------------------------------------------*/
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

/*--- shadow.c -------------------------------------------------------------*/
typedef struct mig_alloca_rec {
  char *addr;
  size_t size;
  const __mig_type *type; /* element type: bytes for alloca(), typed for VLAs */
  unsigned tag;           /* VLA declaration number, 0: alloca or restored */
} mig_alloca_rec;
void mig_shadow_init_thread(void);
char *mig_shadow_base(void);
/* Live allocas of this thread, in address order. */
const mig_alloca_rec *mig_shadow_allocas(size_t *n);
void mig_shadow_set_allocas(const mig_alloca_rec *a, size_t n);

/*--- frames.c -------------------------------------------------------------*/
typedef struct mig_frame_rec {
  const __mig_func *fn;
  int site;
  char *shadow;     /* shadow frame or NULL                          */
  void *regdata;    /* register frame in this target's layout        */
  char *shadow_end; /* shadow top to resume with (frame + its allocas) */
} mig_frame_rec;
/* Records of the current thread, index 0 = innermost. */
size_t mig_frames_count(void);
mig_frame_rec *mig_frame_at(size_t i);
/* Append a record (innermost first) with room for a register frame. */
mig_frame_rec *mig_frames_push(const __mig_func *fn, int site, void *shadow);
void mig_frames_reset(void);
/* Start handing records out to __mig_rewind_frame, outermost first. */
void mig_frames_begin_rewind(void);
size_t mig_frames_remaining(void);

/*--- poll.c ---------------------------------------------------------------*/
typedef struct mig_control {
  const char *ckpt_path;
  uint64_t polls, stop_at, checkpoints;
  int stats, keep_polling;
  int strict;             /* MIG_STRICT: refuse stale data pointers      */
  int exit_after;         /* this unwind ends with exit(85)           */
  int pending_result;     /* what the resuming poll/mig_checkpoint returns */
  char *unwind_top;       /* shadow top when the unwind started       */
} mig_control;
extern mig_control mig_ctl;
void mig_triggers_init(void); /* env, signals, timer */
extern __thread int mig_is_main_thread;

/*--- user_signals.c ---------------------------------------------------------*/
/* After a restore: install the program's signal actions again. */
void mig_user_signals_reinstall(void);

/*--- argv/envp (main.c) ---------------------------------------------------*/
extern int mig_argc;
extern char **mig_argv, **mig_envp;
const char *mig_program_name(void);

/*--- writer.c / restore.c --------------------------------------------------*/
/* 0: written. -1: refused (message printed). */
int mig_write_checkpoint(const char *path);
/* Exits with status 2 and a message on any problem. */
void mig_restore(const char *path);

#endif
