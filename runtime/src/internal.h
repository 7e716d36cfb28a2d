/*===- internal.h - State shared between the runtime's source files -------===*
 * One file per kind of state (CRIU style):
 *   types.c     scalar descriptors, per-type facts (bitfield positions)
 *   registry.c  units, globals, functions, literals, migratable functions,
 *               program fingerprint
 *   heap.c      heap block registry and the allocation wrappers
 *   shadow.c    per-thread shadow stack and shadow alloca
 *   frames.c    unwind/rewind frame records and register-frame storage
 *   poll.c      execution state, poll points, mig_checkpoint, triggers
 *   threads.c   thread table, virtual pthread_t, stop-the-world, trampoline
 *   sync.c      mutex and condition variable wrappers, held mutexes
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
#include <pthread.h>
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
/* The calling thread's instance of global i (MIG_GF_THREAD), else its addr. */
void *mig_global_addr_here(size_t i);
/* Index of a registered global (i with mig_global_at(i) == g). */
size_t mig_global_index(const __mig_global *g);

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
/* a is in the runtime's small-block segments (live or freed block). */
int mig_heap_owns(uintptr_t a);

/*--- shadow.c -------------------------------------------------------------*/
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

/*--- frames.c -------------------------------------------------------------*/
typedef struct mig_frame_rec {
  const __mig_func *fn;
  int site;
  char *shadow;     /* shadow frame or NULL                          */
  void *regdata;    /* register frame in this target's layout        */
  char *shadow_end; /* shadow top to resume with (frame + its allocas) */
} mig_frame_rec;
typedef struct mig_frames mig_frames; /* a thread's frame records */
mig_frames *mig_frames_self(void);
/* Records of the current thread, index 0 = innermost. */
size_t mig_frames_count(void);
mig_frame_rec *mig_frame_at(size_t i);
/* Append a record (innermost first) with room for a register frame. */
mig_frame_rec *mig_frames_push(const __mig_func *fn, int site, void *shadow);
void mig_frames_reset(void);
void mig_frames_release_thread(void); /* at the thread's exit */
/* The same for any thread's records (parked, or waiting to rewind). */
size_t mig_frames_count_in(const mig_frames *f);
mig_frame_rec *mig_frame_at_in(const mig_frames *f, size_t i);
mig_frame_rec *mig_frames_push_in(mig_frames *f, const __mig_func *fn, int site,
                                  void *shadow);
void mig_frames_reset_in(mig_frames *f);
/* Start handing records out to __mig_rewind_frame, outermost first. */
void mig_frames_begin_rewind(void);
size_t mig_frames_remaining(void);

/*--- poll.c ---------------------------------------------------------------*/
typedef struct mig_control {
  const char *ckpt_path;
  _Alignas(8) uint64_t polls; /* 8-aligned: lock-free atomics on i686 too */
  uint64_t stop_at, checkpoints;
  int stats, keep_polling;
  int strict;             /* MIG_STRICT: refuse stale data pointers      */
  int pending_result;     /* what the resuming poll/mig_checkpoint returns */
} mig_control;
extern mig_control mig_ctl;
void mig_triggers_init(void); /* env, signals, timer */
/* A signal, the timer or MIG_STOP_AT asked for a checkpoint. */
int mig_triggers_pending(void);
/* Consume the pending triggers; non-zero when the checkpoint must end the
 * program: MIG_TAKE_STOP (MIG_STOP_AT), MIG_TAKE_TERM (SIGTERM, which ends
 * it even when no checkpoint can be written: MIG_EXIT_NOCKPT). */
#define MIG_TAKE_STOP 1
#define MIG_TAKE_TERM 2
int mig_triggers_take(void);
/* After a stop: a refused checkpoint's requests are asked again. */
void mig_triggers_done(int written);
/* No checkpoint is being asked for: poll points may go fast again. */
void mig_poll_quiet(void);
/* At a safe point in NORMAL state (not counted as a poll): when a
 * checkpoint is due (or `force`), join it and start unwinding this thread;
 * returns 1 when the caller must unwind. */
int mig_stop_here(int force);
/* The innermost frame of a rewind was reached (a poll, mig_checkpoint or a
 * migratable wrapper): execution goes on; returns the pending result. */
int mig_end_rewind(void);

/*--- threads.c ------------------------------------------------------------*/
/* One record per thread created through __mig_pthread_create (and the main
 * thread). Fields below "published" are set by the thread itself and read
 * by the writer while it is parked, or by a restore while it waits. */
typedef struct mig_thread {
  unsigned long id;        /* the virtual pthread_t: 1 = main thread      */
  int state;               /* MIG_THR_*                                    */
  int detached;
  int joinable;            /* `real` still has to be joined or detached    */
  pthread_t real;
  void *(*start)(void *);  /* NULL for the main thread                     */
  void *arg, *retval;
  size_t stacksize;        /* from the creation attributes (0: default)    */
  int exited_main;         /* the main thread called pthread_exit           */
  /* published */
  mig_frames *frames;
  mig_shadow *shadow;
  char *shadow_top;        /* shadow top of its unwound stack              */
  void **tls;              /* per registered global: its instance (TLS)    */
  /* mutexes held (a recursive one once per level), in locking order */
  void **held;
  size_t nheld, capheld;
  /* restore: the thread waits until the objects are in place */
  int restored;
} mig_thread;
void mig_threads_init_main(void);
mig_thread *mig_thread_self(void);
/* Snapshot of the table for the writer (world stopped): count and i-th. */
size_t mig_threads_count(void);
mig_thread *mig_thread_at(size_t i);
/* A fully unwound thread waits here for the others; the last one writes
 * the checkpoint. Returns when every thread may rewind (or exits 85). */
void mig_world_park(void);
/* Enter the current stop (start it when there is none). */
void mig_world_enter_stop(void);
int mig_world_stopping(void);
/* Restore: records for the checkpoint's threads (RUNNING ones are started
 * and wait), then, once objects are in place, let all of them re-acquire
 * their mutexes and rewind. */
mig_thread *mig_threads_restore_add(unsigned long id, int state, int detached,
                                    void *(*start)(void *), size_t stacksize);
void mig_threads_restore_spawn(void);
void mig_threads_restore_go(void);

/*--- sync.c -----------------------------------------------------------------*/
void mig_held_push(mig_thread *t, void *mutex);
void mig_held_pop(mig_thread *t, void *mutex);
/* Writer: the portable type of a mutex (MIG_MUTEX_*), or -1 with *why. */
int mig_mutex_type(const void *mutex, const char **why);
/* Restore: initialize receiver storage of a mutex / condition variable. */
int mig_mutex_init_as(void *mutex, unsigned type);
/* Sender clock of a saved condition variable (raw bytes of its storage,
 * sender byte order) and initialization here. */
unsigned mig_cond_clock_of(const unsigned char *sender_bytes, int big_endian);
void mig_cond_init_as(void *cond, size_t size, unsigned clock);
/* The calling thread re-locks the mutexes it held at the checkpoint. */
void mig_held_reacquire(mig_thread *t);

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
/* state_jmpbuf.c: a jmp_buf from the sender, in the receiver's layout. */
void mig_jmpbuf_convert(const unsigned char *src, uint64_t ssize, int sbo, unsigned char *dst,
                        uint64_t rsize, int rbo);
/* restore.c: 1 when a is a poison pointer (a restored stale pointer). */
int mig_is_poison(uintptr_t a);
/* Exits with status 2 and a message on any problem. */
void mig_restore(const char *path);

#endif
