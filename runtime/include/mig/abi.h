/*===- abi.h - What mig-pp's output calls in the runtime ------------------===*
 *
 * The contract between transformed translation units and libmigrt. mig-pp's
 * output starts with `#include <mig/abi.h>`; nothing else from the runtime is
 * visible to it. The design behind these calls is in docs/design.md; in
 * short, Asyncify-style unwind/rewind done in C source:
 *
 *   NORMAL     locals live in registers; after each call that may reach a
 *              poll point the caller tests __mig_state (one TLS load and a
 *              predicted branch); a poll point tests __mig_poll_requested.
 *   UNWINDING  set by the poll slow path when a checkpoint is due. Every
 *              transformed function on the stack, innermost first, copies
 *              its live locals into a register frame obtained from
 *              __mig_unwind_frame() and returns. The runtime's main() sees
 *              the unwound stack, writes the checkpoint.
 *   REWINDING  the runtime calls the user's main again; every transformed
 *              function, outermost first, takes its frame back from
 *              __mig_rewind_frame(), reloads its locals and jumps to the
 *              call or poll it was at. The innermost one is at a poll point;
 *              the poll ends the rewind and execution goes on.
 *
 * Locals whose address escapes live in a shadow frame on a per-thread shadow
 * stack (__mig_shadow_push/pop) whose memory is not unwound, so pointers to
 * them stay valid across unwind/rewind and can be re-based on restore.
 *
 * ABI version: bump MIG_ABI_VERSION whenever anything below changes meaning;
 * each translation unit records the version it was built for and the runtime
 * refuses to start with a mismatch.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_ABI_H
#define MIG_ABI_H

#include <mig/typeinfo.h>

#define MIG_ABI_VERSION 3 /* 3: poll countdown, function signatures, MIG_K_PTRINT */

#ifdef __cplusplus
extern "C" {
#endif

typedef __SIZE_TYPE__ __mig_size_t;

/*--- Execution state -------------------------------------------------------*/

enum { __MIG_NORMAL = 0, __MIG_UNWINDING = 1, __MIG_REWINDING = 2 };

/* Per thread. Read after every call that may reach a poll point. */
extern __thread int __mig_state __attribute__((tls_model("initial-exec")));

/* Process wide. __MIG_POLL_NOW sends every poll point into __mig_poll(): a
 * checkpoint was asked for (signal, timer, another thread's stop).
 * __MIG_POLL_COUNT (MIG_STOP_AT, MIG_STATS, a retry) makes each poll
 * decrement the thread's __mig_poll_countdown and call __mig_poll() only
 * when it reaches 0: the runtime counts polls in batches (counters.c) and
 * sizes each batch so that a counted event (the MIG_STOP_AT-th poll) is the
 * last poll of one. 0 (the usual case): one load and a predicted branch. */
enum { __MIG_POLL_OFF = 0, __MIG_POLL_COUNT = 1, __MIG_POLL_NOW = 2 };
extern volatile int __mig_poll_requested;
extern __thread int __mig_poll_countdown __attribute__((tls_model("initial-exec")));

/* Whether a poll point calls __mig_poll(). */
static __inline__ __attribute__((always_inline)) int __mig_poll_due(void) {
  int r = __mig_poll_requested;
  if (__builtin_expect(r == __MIG_POLL_OFF, 1)) return 0;
  return --__mig_poll_countdown <= 0 || r == __MIG_POLL_NOW;
}

/* Per thread: >0 while an untransformed function that may call back into
 * transformed code (qsort, bsearch, a signal handler...) is on the stack.
 * Poll points reached then are not safe points. */
extern __thread int __mig_unsafe_depth __attribute__((tls_model("initial-exec")));

/* Brackets around a library call that may call back into transformed code:
 * `(__mig_unsafe_enter(), qsort(...), __mig_unsafe_leave())`, and for calls
 * with a value `(T)__mig_unsafe_leave_p((__mig_unsafe_enter(), (void *)(call)))`. */
static __inline__ int __mig_unsafe_enter(void) { return ++__mig_unsafe_depth; }
static __inline__ void __mig_unsafe_leave(void) { --__mig_unsafe_depth; }
static __inline__ void *__mig_unsafe_leave_p(void *p) {
  --__mig_unsafe_depth;
  return p;
}
static __inline__ long long __mig_unsafe_leave_i(long long v) {
  --__mig_unsafe_depth;
  return v;
}

/*--- Per-function metadata -------------------------------------------------*/

typedef struct __mig_func {
  const char *name;              /* "f" for external linkage, "file.c:f" for
                                    static functions; unique in the program */
  const __mig_type *regframe;    /* register frame struct (NULL: none)      */
  const __mig_type *shadowframe; /* shadow frame struct (NULL: none)        */
  unsigned nsites;               /* resume sites are numbered 1..nsites     */
  /* Source position of each site, for messages: sites[k-1]. */
  const char *const *sites;
  /* Names of the variables in the register frame, as the user wrote them,
   * in field order: for "checkpoint refused: main: variable p ..." */
  const char *const *regframe_vars;
  const char *const *shadowframe_vars;
} __mig_func;

/*--- Poll points ----------------------------------------------------------*/

/* Slow path of a poll point. NORMAL: counts the poll, and when a checkpoint
 * is due and this is a safe point, sets UNWINDING and returns 1 (the caller
 * unwinds). REWINDING: this is the poll the stack was stopped at; ends the
 * rewind, sets NORMAL, returns 0. */
int __mig_poll(void);

/*--- Unwind and rewind ------------------------------------------------------*/

/* UNWINDING: push a frame record for fn stopped at `site`, return storage of
 * fn->regframe->size bytes (aligned for it) for the caller to fill. `shadow`
 * is the function's shadow frame or NULL. */
void *__mig_unwind_frame(const __mig_func *fn, int site, void *shadow);

/* REWINDING: pop the next frame record (outermost first). It must belong to
 * fn (else the runtime stops with a message). Returns the register frame
 * data in this target's layout and stores the site in *site. */
void *__mig_rewind_frame(const __mig_func *fn, int *site);

/* The value a function returns while unwinding is never looked at. */

/*--- Shadow stack ---------------------------------------------------------*/

extern __thread char *__mig_shadow_top __attribute__((tls_model("initial-exec")));
extern __thread char *__mig_shadow_limit __attribute__((tls_model("initial-exec")));
void *__mig_shadow_overflow(const __mig_func *fn);

/* Allocate fn's shadow frame. Deterministic bump allocation: while
 * REWINDING the same sequence of pushes lands on the same addresses, which
 * is where the runtime put the restored frames. Memory is not cleared. */
static __inline__ __attribute__((always_inline)) void *
__mig_shadow_push(const __mig_func *fn) {
  __mig_size_t a = fn->shadowframe->align < 16 ? 16 : fn->shadowframe->align;
  char *p = (char *)(((__mig_size_t)__mig_shadow_top + a - 1) & ~(a - 1));
  char *e = p + fn->shadowframe->size;
  if (__builtin_expect(e > __mig_shadow_limit, 0))
    return __mig_shadow_overflow(fn);
  __mig_shadow_top = e;
  return p;
}
static __inline__ __attribute__((always_inline)) void
__mig_shadow_pop(void *frame) {
  __mig_shadow_top = (char *)frame;
}

/* alloca() in a transformed function: bytes on the shadow stack, freed when
 * the function's shadow frame is popped. */
void *__mig_shadow_alloca(__mig_size_t n);

/* A variable-length array live at a poll point: n bytes of `elem` elements
 * on the shadow stack, freed with the shadow frame like alloca. `tag`
 * (non-zero) numbers the declaration in its function and `prev` is the block
 * this declaration got last time in this call (or NULL): reaching the
 * declaration again ends that instance's lifetime (C11 6.2.4p7), so when
 * nothing but VLA blocks was allocated since, they are reused. */
void *__mig_shadow_vla(void *prev, __mig_size_t n, const __mig_type *elem, unsigned tag);

/*--- setjmp sites (runtime/src/state_jmpbuf.c) -------------------------------*/
/* A setjmp call in a transformed function becomes (k numbers the sites):
 *   ({ int r; __mig_sj_mark_t m;
 *      if (__mig_state == REWINDING) __mig_sj_stash(b_k); else b_k = (buf);
 *      m = __mig_sj_mark(); r = setjmp(b_k);
 *      if (r) __mig_sj_landed(m);
 *      else if (__mig_state == REWINDING) { __mig_sj_rearmed(b_k); goto next; }
 *      r; })
 * b_k (the buffer's address) is a saved temporary; the rewind of the frame
 * jumps to each site whose b_k is __mig_sj_live to re-arm it, then to the
 * frame's resume site. */
typedef struct { char *top; int depth; } __mig_sj_mark_t;
static __inline__ __attribute__((always_inline)) __mig_sj_mark_t __mig_sj_mark(void) {
  __mig_sj_mark_t m = {__mig_shadow_top, __mig_unsafe_depth};
  return m;
}
int __mig_sj_live(const void *buf);   /* non-NULL and not a stale pointer   */
void __mig_sj_stash(const void *buf); /* keep its saved signal mask ...     */
void __mig_sj_rearmed(void *buf);     /* ... and put it back after setjmp   */
void __mig_sj_landed(__mig_sj_mark_t m); /* a longjmp arrived: drop what the
                                            abandoned frames left */

/*--- libc state the runtime keeps (runtime/src/state_libc.c) --------------*/
/* mig-pp rewrites rand, srand, random, srandom, initstate, setstate,
 * drand48, lrand48, mrand48, srand48, seed48, lcong48, erand48, nrand48 and
 * jrand48 to these: glibc's sequences, from a state saved in checkpoints. */
int __mig_rand(void);
void __mig_srand(unsigned seed);
long __mig_random(void);
void __mig_srandom(unsigned seed);
double __mig_drand48(void);
long __mig_lrand48(void);
long __mig_mrand48(void);
void __mig_srand48(long seed);
unsigned short *__mig_seed48(unsigned short seed16v[3]);
void __mig_lcong48(unsigned short param[7]);
double __mig_erand48(unsigned short xsubi[3]);
long __mig_nrand48(unsigned short xsubi[3]);
long __mig_jrand48(unsigned short xsubi[3]);

char *__mig_initstate(unsigned seed, char *buf, __mig_size_t n);
char *__mig_setstate(char *buf);
/* strtok (state_strtok.c): its position is a saved pointer. */
char *__mig_strtok(char *s, const char *delim);
/* atexit, on_exit (state_atexit.c): recorded, registered again on restore. */
int __mig_atexit(void (*fn)(void));
int __mig_on_exit(void (*fn)(int, void *), void *arg);
/* clock, clock_gettime, getrusage, times (state_clock.c): the process CPU
 * time continues across a restore. clock_t is long and clockid_t int on
 * every Linux target. */
struct timespec;
struct rusage;
struct tms;
long __mig_clock(void);
int __mig_clock_gettime(int id, struct timespec *ts);
int __mig_getrusage(int who, struct rusage *ru);
long __mig_times(struct tms *t);

/*--- Open files (runtime/src/vfiles.c) -------------------------------------*/
/* mig-pp rewrites the calls that open and close files to these, which call
 * libc's and note each file's path, mode and descriptor for checkpoints
 * (runtime/src/state_files.c). FILE * and DIR * are void * here. */
void *__mig_fopen(const char *path, const char *mode);
void *__mig_fdopen(int fd, const char *mode);
void *__mig_freopen(const char *path, const char *mode, void *stream);
int __mig_fclose(void *stream);
int __mig_open(const char *path, int flags, ...);
int __mig_openat(int dirfd, const char *path, int flags, ...);
int __mig_creat(const char *path, unsigned mode);
int __mig_close(int fd);
int __mig_dup(int fd);
int __mig_dup2(int fd, int to);
int __mig_dup3(int fd, int to, int flags);
void *__mig_opendir(const char *path);
void *__mig_fdopendir(int fd);
int __mig_closedir(void *dir);
int __mig_pipe(int fds[2]);
int __mig_pipe2(int fds[2], int flags);
int __mig_socket(int domain, int type, int protocol);
void *__mig_popen(const char *command, const char *mode);
int __mig_pclose(void *stream);
void *__mig_tmpfile(void);

/*--- Heap ----------------------------------------------------------------*/
/* elem: the element type inferred by mig-pp (NULL: untyped bytes). */
void *__mig_malloc(__mig_size_t n, const __mig_type *elem);
void *__mig_calloc(__mig_size_t count, __mig_size_t size, const __mig_type *elem);
void *__mig_realloc(void *p, __mig_size_t n, const __mig_type *elem);
void *__mig_aligned_alloc(__mig_size_t align, __mig_size_t n, const __mig_type *elem);
int __mig_posix_memalign(void **out, __mig_size_t align, __mig_size_t n,
                         const __mig_type *elem);
char *__mig_strdup(const char *s);
char *__mig_strndup(const char *s, __mig_size_t n);
void __mig_free(void *p);
/* getline/getdelim: libc's would grow a block of ours with libc's realloc.
 * `stream` is a FILE *. */
__PTRDIFF_TYPE__ __mig_getdelim(char **lineptr, __mig_size_t *n, int delim, void *stream);
__PTRDIFF_TYPE__ __mig_getline(char **lineptr, __mig_size_t *n, void *stream);
/* The rest of glibc's allocation functions (runtime/src/alloc_more.c):
 * memalign is __mig_aligned_alloc; valloc/pvalloc page-aligned blocks;
 * reallocarray with its overflow check; asprintf/vasprintf format into a
 * block of ours (the program frees it with free, i.e. __mig_free). */
void *__mig_valloc(__mig_size_t n, const __mig_type *elem);
void *__mig_pvalloc(__mig_size_t n, const __mig_type *elem);
void *__mig_reallocarray(void *p, __mig_size_t count, __mig_size_t size, const __mig_type *elem);
int __mig_asprintf(char **out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int __mig_vasprintf(char **out, const char *fmt, __builtin_va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Results libc allocates, copied into blocks of ours: realpath(p, NULL),
 * canonicalize_file_name, get_current_dir_name, scandir's list. */
struct dirent;
char *__mig_realpath(const char *path, char *resolved);
char *__mig_canonicalize_file_name(const char *path);
char *__mig_get_current_dir_name(void);
/* open_memstream: a stream whose buffer is a block of ours (a FILE *). */
void *__mig_open_memstream(char **bufp, __mig_size_t *sizep);
int __mig_scandir(const char *dir, struct dirent ***namelist, int (*filter)(const struct dirent *),
                  int (*compar)(const struct dirent **, const struct dirent **));
/* Same signatures as libc's, for uses that are not direct calls
 * (`void *(*alloc)(size_t) = malloc;`). */
/* A program's own allocator (`n = xalloc(sizeof *n)`, a pool) returned p
 * as a `T *`, T = elem: the heap block p starts gets element type elem if
 * it is still untyped (first typed pointer wins). Returns p. */
void *__mig_heap_type(void *p, const __mig_type *elem);
void *__mig_malloc_untyped(__mig_size_t n);
void *__mig_calloc_untyped(__mig_size_t count, __mig_size_t size);
void *__mig_realloc_untyped(void *p, __mig_size_t n);

/*--- Signal handlers ---------------------------------------------------------*/
/* The program's signal()/sigaction() calls, rewritten by mig-pp: handlers run
 * through a runtime trampoline, not as safe points, in NORMAL state. */
typedef void (*__mig_sighandler_t)(int);
__mig_sighandler_t __mig_signal(int sig, __mig_sighandler_t handler);
struct sigaction;
int __mig_sigaction(int sig, const struct sigaction *act, struct sigaction *old);

/*--- Threads --------------------------------------------------------------*/
/* mig-pp rewrites these pthread calls (and references to them) into the
 * runtime's wrappers; the parameters are spelled without <pthread.h>
 * (mig-pp's output has it expanded already): `unsigned long` is pthread_t
 * on both glibc targets, `void *` is pthread_mutex_t * / pthread_cond_t *,
 * attributes are `const void *`.
 *
 * Thread handles are virtual: the pthread_t a program sees is a small id
 * (1 for the main thread, 2, 3, ... in creation order) that means the same
 * thread after a restore. The start routine runs through a runtime
 * trampoline (shadow stack, unwind/rewind loop like main's).
 *
 * Migratable calls (mig-pp treats them as calls that may reach a poll
 * point): join, mutex_lock, cond_wait, cond_timedwait. A thread blocked in
 * one is at a safe point: when a checkpoint is due the call returns with
 * __mig_state == UNWINDING, and on rewind it is called again (a cond wait
 * then returns as a spurious wakeup, which POSIX allows).
 *
 * Condition variables are the runtime's own (a futex sequence word in the
 * pthread_cond_t storage), so a waiter can leave its wait without the
 * mutex; mutexes are the C library's, and the runtime records which
 * thread holds which so a restore can re-acquire them. */
struct timespec;
int __mig_pthread_create(unsigned long *thread, const void *attr,
                         void *(*start)(void *), void *arg);
int __mig_pthread_join(unsigned long thread, void **retval);
int __mig_pthread_detach(unsigned long thread);
unsigned long __mig_pthread_self(void);
int __mig_pthread_equal(unsigned long a, unsigned long b);
__attribute__((__noreturn__)) void __mig_pthread_exit(void *retval);
int __mig_pthread_kill(unsigned long thread, int sig);
int __mig_mutex_lock(void *mutex);
int __mig_mutex_trylock(void *mutex);
int __mig_mutex_timedlock(void *mutex, const struct timespec *abstime);
int __mig_mutex_unlock(void *mutex);
int __mig_cond_init(void *cond, const void *attr);
int __mig_cond_destroy(void *cond);
int __mig_cond_signal(void *cond);
int __mig_cond_broadcast(void *cond);
int __mig_cond_wait(void *cond, void *mutex);
int __mig_cond_timedwait(void *cond, void *mutex, const struct timespec *abstime);

/*--- Registration of a translation unit -----------------------------------*/

typedef struct __mig_global {
  const char *name;        /* "g", "file.c:g" (static), "file.c:f.x" (static local) */
  void *addr;
  const __mig_type *type;  /* element type */
  unsigned long count;     /* elements (arrays), 1 otherwise */
  unsigned flags;          /* MIG_GF_* */
} __mig_global;

/* __mig_global.flags */
#define MIG_GF_READONLY 0x1u /* const object: a pointer target only; its bytes
                                are neither saved nor restored             */
#define MIG_GF_THREAD 0x2u   /* _Thread_local: addr is the registering
                                thread's instance; every thread's own is
                                found through __mig_unit.tls_addr          */

typedef struct __mig_function_ref {
  const char *name;        /* as in __mig_func.name; external functions
                              (libc) by their plain name                     */
  void (*addr)(void);
  const __mig_type *type;  /* its signature: the MIG_K_FNPTR descriptor of a
                              pointer to it (NULL: not known, any pointer)  */
} __mig_function_ref;

typedef struct __mig_literal {
  const char *name;        /* "file.c#N": N-th literal of the unit          */
  const void *addr;
  unsigned long size;      /* bytes, including the terminating NUL          */
} __mig_literal;

typedef struct __mig_unit {
  unsigned abi_version;    /* MIG_ABI_VERSION of mig-pp                     */
  const char *file;        /* the user's source file as given               */
  const __mig_global *globals;         unsigned nglobals;
  const __mig_function_ref *functions; unsigned nfunctions;
  const __mig_func *const *migratable; unsigned nmigratable;
  const __mig_literal *literals;       unsigned nliterals;
  const __mig_type *const *types;      unsigned ntypes; /* all descriptors of the unit */
  /* The calling thread's instance of globals[i] (a MIG_GF_THREAD global);
   * NULL when the unit has none. */
  void *(*tls_addr)(unsigned i);
} __mig_unit;

/* Called from a constructor in every transformed unit. */
void __mig_register_unit(const __mig_unit *unit);

/* The transformed program's `main`, renamed by mig-pp; the runtime's main()
 * calls it through this adapter (emitted by mig-pp with main's real arity). */
int __mig_user_main(int argc, char **argv, char **envp);

/*--- Code patterns used by mig-pp's output --------------------------------*/

/* After a call that may reach a poll point. Site k unwinds through the label
 * __mig_unwind_<k>, which marks the unwind block of the sites that save the
 * same variables (preprocessor/src/SiteLiveness.h). */
#define __MIG_AFTER_CALL(k)                                                  \
  do {                                                                       \
    if (__builtin_expect(__mig_state != 0, 0)) {                             \
      __mig_site = (k);                                                      \
      goto __mig_unwind_##k;                                                 \
    }                                                                        \
  } while (0)

/* A poll point; __mig_resume_<k> is its resume label. */
#define __MIG_POLL(k)                                                        \
  if (__builtin_expect(__mig_poll_due(), 0)) {                               \
    __mig_resume_##k:                                                        \
    if (__mig_poll()) {                                                      \
      __mig_site = (k);                                                      \
      goto __mig_unwind_##k;                                                 \
    }                                                                        \
  }

#ifdef __cplusplus
}
#endif

#endif /* MIG_ABI_H */
