/*===- writer.c - Writing a checkpoint ----------------------------------------===*
 * After the user's main has returned in UNWINDING state: collect every
 * object (globals, heap blocks, shadow frames and allocas, register frames,
 * argv/envp), validate every pointer they hold, then write the metadata
 * followed by the objects' bytes straight from memory (writev, no
 * re-encoding) to a temporary file in the same directory, fsync it and
 * rename it over the checkpoint (crash-safe). Format: mig/format.h.
 *===----------------------------------------------------------------------===*/
#include "writer.h"
#include "config.h"
#include "counters.h"
#include "frames.h"
#include "heap.h"
#include "process.h"
#include "registry.h"
#include "shadow.h"
#include "state_mutexes.h"
#include "threads.h"
#include "types.h"
#include "util.h"
#include "hmac.h"
#include "key.h"
#include "debris.h"
#include "checksum.h"
#include "memmap.h"
#include "objmap.h"
#include "reader.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

typedef struct wobj {
  uint8_t kind;
  const __mig_type *type;
  const char *name;
  uintptr_t addr;
  uint64_t count, nbytes;
  const __mig_func *fn; /* frames and allocas: for messages */
  unsigned long thread; /* frames, allocas, TLS: the thread's id */
} wobj;

typedef struct wframe {
  const mig_frame_rec *rec;
  int32_t regframe, shadow, first_alloca;
  uint32_t nallocas;
} wframe;

typedef struct wthread {
  mig_thread *t;
  size_t first_frame, nframes; /* in writer.frames, outermost first */
  int32_t first_tls;
  uint32_t ntls;
  size_t nallocas_live;        /* allocas on its shadow stack */
} wthread;

typedef struct wmutex {
  uint64_t addr;
  uint32_t type;
} wmutex;

typedef struct writer {
  wobj *objs;
  size_t nobjs, capobjs;
  wframe *frames;
  size_t nframes, capframes;
  wthread *threads;
  size_t nthreads;
  wmutex *mutexes;
  size_t nmutexes, capmutexes;
  mig_objmap map;       /* objects (not register frames) and literals */
  mig_ptrmap type_index;
  const __mig_type **types;
  size_t ntypes, captypes;
  uintptr_t specials[3];
  int refused;
} writer;

static uint32_t add_obj(writer *w, uint8_t kind, const __mig_type *t, const char *name,
                        const void *addr, uint64_t count, uint64_t nbytes,
                        const __mig_func *fn) {
  if (w->nobjs == w->capobjs) {
    w->capobjs = w->capobjs ? w->capobjs * 2 : 256;
    w->objs = mig_xrealloc(w->objs, w->capobjs * sizeof *w->objs);
  }
  w->objs[w->nobjs] = (wobj){kind, t, name ? name : "", (uintptr_t)addr, count, nbytes, fn, 0};
  return (uint32_t)w->nobjs++;
}

/*--- Collecting objects ------------------------------------------------------*/
static void collect_globals(writer *w) {
  for (size_t i = 0; i < mig_nglobals(); i++) {
    const __mig_global *g = mig_global_at(i);
    if (g->flags & MIG_GF_THREAD) continue; /* per thread: collect_thread */
    /* A const global is the same in every process of the program: only its
     * address range is recorded, so pointers into it can be translated. */
    add_obj(w, g->flags & MIG_GF_READONLY ? MIG_OBJ_RODATA : MIG_OBJ_GLOBAL, g->type, g->name,
            g->addr, g->count, g->count * g->type->size, NULL);
  }
}

static void collect_heap(writer *w) {
  size_t n;
  mig_heap_block *b = mig_heap_snapshot(&n);
  for (size_t i = 0; i < n; i++) {
    const __mig_type *t = b[i].type;
    uint64_t count = t->size ? b[i].size / t->size : 0;
    add_obj(w, MIG_OBJ_HEAP, t, mig_heap_block_name(&b[i]), (void *)b[i].addr, count, b[i].size, NULL);
  }
  free(b);
}

static void collect_strings(writer *w, uint8_t kind, char **vec) {
  size_t n = 0;
  while (vec[n]) n++;
  add_obj(w, kind, &__mig_type_ptr, kind == MIG_OBJ_ARGV ? "argv" : "envp", vec, n + 1,
          (n + 1) * sizeof(char *), NULL);
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(vec[i]) + 1;
    add_obj(w, MIG_OBJ_STRING, &__mig_type_bytes, "", vec[i], len, len, NULL);
  }
}

/* A thread's frames, outermost first. Allocas belong to the closest
 * shadow frame below them; each shadow frame's region ends where the next
 * one starts (or at the shadow top of the unwound stack), which is also
 * where the rewind must put the shadow top back after re-pushing the frame. */
static void collect_frames(writer *w, wthread *wt) {
  const mig_frames *fr = wt->t->frames;
  size_t nrec = mig_frames_count_in(fr), na;
  const mig_alloca_rec *al = mig_shadow_allocas_in(wt->t->shadow, wt->t->shadow_top, &na);
  size_t ai = 0;
  wt->nallocas_live = na;
  wt->first_frame = w->nframes;
  wt->nframes = nrec;
  if (w->nframes + nrec > w->capframes) {
    w->capframes = (w->nframes + nrec) * 2 + 16;
    w->frames = mig_xrealloc(w->frames, w->capframes * sizeof *w->frames);
  }
  for (size_t k = 0; k < nrec; k++) {
    mig_frame_rec *r = mig_frame_at_in(fr, nrec - 1 - k);
    wframe *f = &w->frames[w->nframes++];
    memset(f, 0, sizeof *f);
    f->rec = r;
    f->regframe = f->shadow = f->first_alloca = -1;
    if (r->regdata)
      f->regframe = (int32_t)add_obj(w, MIG_OBJ_REGFRAME, r->fn->regframe, r->fn->name,
                                     r->regdata, 1, r->fn->regframe->size, r->fn);
    if (!r->shadow) continue;
    f->shadow = (int32_t)add_obj(w, MIG_OBJ_SHADOW, r->fn->shadowframe, r->fn->name,
                                 r->shadow, 1, r->fn->shadowframe->size, r->fn);
    char *end = wt->t->shadow_top;
    for (size_t j = nrec - k - 1; j-- > 0;) /* next inner frame with a shadow */
      if (mig_frame_at_in(fr, j)->shadow) {
        end = mig_frame_at_in(fr, j)->shadow;
        break;
      }
    r->shadow_end = end;
    for (; ai < na && al[ai].addr < end; ai++) {
      if (al[ai].addr < r->shadow + r->fn->shadowframe->size) continue; /* stale */
      const __mig_type *t = al[ai].type;
      if (!t || !t->size || al[ai].size % t->size) t = &__mig_type_bytes;
      int32_t o = (int32_t)add_obj(w, MIG_OBJ_ALLOCA, t, r->fn->name, al[ai].addr,
                                   al[ai].size / t->size, al[ai].size, r->fn);
      if (f->first_alloca < 0) f->first_alloca = o;
      f->nallocas++;
    }
  }
}

/* This thread's instance of every thread-local global. */
static void collect_tls(writer *w, wthread *wt) {
  wt->first_tls = -1;
  for (size_t i = 0; i < mig_nglobals(); i++) {
    const __mig_global *g = mig_global_at(i);
    if (!(g->flags & MIG_GF_THREAD)) continue;
    uint32_t o = add_obj(w, MIG_OBJ_TLS, g->type, g->name, wt->t->tls[i], g->count,
                         g->count * g->type->size, NULL);
    if (wt->first_tls < 0) wt->first_tls = (int32_t)o;
    wt->ntls++;
  }
}

/* Every thread: the world is stopped, so RUNNING ones are parked with
 * their frames in records. Finished threads keep only their return value. */
static void collect_threads(writer *w) {
  size_t n = mig_threads_count();
  w->threads = mig_xcalloc(n + 1, sizeof *w->threads);
  for (size_t i = 0; i < n; i++) {
    wthread *wt = &w->threads[w->nthreads++];
    wt->t = mig_thread_at(i);
    wt->first_tls = -1;
    if (wt->t->state != MIG_THR_RUNNING) continue;
    size_t first = w->nobjs;
    collect_tls(w, wt);
    collect_frames(w, wt);
    for (size_t k = first; k < w->nobjs; k++) w->objs[k].thread = wt->t->id;
  }
}

/*--- Validation -----------------------------------------------------------*/
static const char *var_name(const wobj *o, size_t field) {
  const char *const *names = NULL;
  if (o->kind == MIG_OBJ_REGFRAME) names = o->fn->regframe_vars;
  if (o->kind == MIG_OBJ_SHADOW) names = o->fn->shadowframe_vars;
  if (names) return names[field];
  return o->type->fields[field].name;
}

/* "main: variable p", "global g", "heap block of struct node",
 * "thread 2: worker: variable i". */
static void describe(const wobj *o, long field, char *out, size_t n) {
  if (o->thread > 1) {
    int k = snprintf(out, n, "thread %lu: ", o->thread);
    if (k > 0 && (size_t)k < n) {
      out += k;
      n -= (size_t)k;
    }
  }
  switch (o->kind) {
  case MIG_OBJ_TLS: snprintf(out, n, "thread-local %s", o->name); break;
  case MIG_OBJ_GLOBAL:
  case MIG_OBJ_RODATA: snprintf(out, n, "global %s", o->name); break;
  case MIG_OBJ_HEAP: snprintf(out, n, "heap block of %s", o->type->name); break;
  case MIG_OBJ_REGFRAME:
  case MIG_OBJ_SHADOW:
    if (field >= 0) snprintf(out, n, "%s: variable %s", o->fn->name, var_name(o, (size_t)field));
    else snprintf(out, n, "%s: frame", o->fn->name);
    break;
  case MIG_OBJ_ALLOCA: snprintf(out, n, "%s: alloca block", o->fn->name); break;
  default: snprintf(out, n, "%s", mig_object_kind_name(o->kind)); break;
  }
}

static void refuse(writer *w, const wobj *o, long field, const char *why) {
  if (w->refused++) return;
  char what[256], line[768];
  describe(o, field, what, sizeof what);
  snprintf(line, sizeof line, "mig: checkpoint refused: %s %s\n", what, why);
  /* A refused request is asked again at the next safe point (poll.c):
   * say it once while the reason stays the same. */
  static char last[768];
  if (strcmp(line, last) == 0) return;
  snprintf(last, sizeof last, "%s", line);
  fputs(line, stderr);
}

static int data_ptr_ok(const writer *w, uintptr_t v) {
  if (!v || v == w->specials[0] || v == w->specials[1] || v == w->specials[2]) return 1;
  return mig_objmap_find(&w->map, v) != NULL;
}

/* 1 (with `why` filled) when v, in no saved object, points into memory the
 * runtime cannot move (memmap.c); 0 when it is stale. */
static int foreign_memory(writer *w, uintptr_t v, char *why, size_t n) {
  if (!mig_memmap_loaded()) {
    size_t nheap = 0;
    uintptr_t *heap = mig_xmalloc((w->nobjs + 1) * sizeof *heap);
    for (size_t i = 0; i < w->nobjs; i++)
      if (w->objs[i].kind == MIG_OBJ_HEAP) heap[nheap++] = w->objs[i].addr;
    mig_memmap_begin(heap, nheap);
    free(heap);
  }
  return mig_memmap_classify(v, why, n) != 0;
}

/* A data pointer in no saved object. Stale pointers (to freed blocks,
 * returned frames) are valid C as long as they are not used: saved as they
 * are and restored as non-NULL poison pointers. Pointers into memory the
 * runtime cannot move (a library's data, an open FILE, an unknown mapping)
 * are not: 1 with `why` filled. MIG_STRICT=1 treats every such pointer as
 * foreign. */
static int foreign_pointer(writer *w, uintptr_t v, char *why, size_t n) {
  if (mig_cfg.strict) {
    snprintf(why, n, "points to memory the runtime does not know (%p)", (void *)v);
    return 1;
  }
  return foreign_memory(w, v, why, n);
}

/* A union does not say which member is live, so a pointer member is judged
 * by its value, as the receiver will judge it (restore.c): the address of a
 * saved object (for a data pointer member) or of a known function (for a
 * function pointer member) is a pointer and gets translated; NULL,
 * or bits that point nowhere the process could use, are kept as they are
 * (another member's value, or a stale pointer). Bits that point into memory
 * the runtime cannot move may be a live foreign pointer: refused. */
static void check_union_member(writer *w, const wobj *o, long field, const __mig_type *u,
                               const __mig_type *t, const unsigned char *p) {
  char why[256], what[160];
  uintptr_t v;
  switch (t->kind) {
  case MIG_K_PTR:
  case MIG_K_FNPTR:
    memcpy(&v, p, sizeof v);
    /* Either kind of target will do: a function pointer member's value
     * sits in a data pointer member's bytes too, and the other way round;
     * the receiver translates each by the member of its own kind. */
    if (data_ptr_ok(w, v) || mig_function_name(v)) return;
    /* Only an open FILE: other values (garbage past an interpreter's stack
     * top that happens to point into a library) are kept, like a union's. */
    if (foreign_memory(w, v, what, sizeof what) &&
        strncmp(what, "points to an open FILE", 22) == 0) { /* not refused by MIG_STRICT alone:
                                                     the bits may be an integer */
      snprintf(why, sizeof why, "holds, in a pointer member of %s, a value that %s", u->name,
               what);
      refuse(w, o, field, why);
    }
    return;
  case MIG_K_UNSAFE:
    snprintf(why, sizeof why, "has a member of type %s in %s, which cannot be migrated",
             t->name, u->name);
    refuse(w, o, field, why);
    return;
  case MIG_K_STRUCT:
  case MIG_K_UNION:
    for (unsigned i = 0; i < t->nfields && !w->refused; i++) {
      const __mig_field *f = &t->fields[i];
      if (f->bit_width || !mig_typeinfo_of(f->type)->needs_check) continue;
      for (unsigned long e = 0; e < f->count && !w->refused; e++)
        check_union_member(w, o, field, u, f->type, p + f->offset + e * f->type->size);
    }
    return;
  default: return;
  }
}

/* A mutex's type goes into the mutex table: the receiver re-initializes
 * it in its own layout (glibc's differs between x86-64 and AArch64). */
static void note_mutex(writer *w, const wobj *o, long field, const unsigned char *p) {
  const char *why = NULL;
  int type = mig_mutex_type(p, &why);
  if (type < 0) {
    refuse(w, o, field, why);
    return;
  }
  if (w->nmutexes == w->capmutexes) {
    w->capmutexes = w->capmutexes ? w->capmutexes * 2 : 16;
    w->mutexes = mig_xrealloc(w->mutexes, w->capmutexes * sizeof *w->mutexes);
  }
  w->mutexes[w->nmutexes++] = (wmutex){(uintptr_t)p, (uint32_t)type};
}

static void check(writer *w, const wobj *o, long field, const __mig_type *t,
                  const unsigned char *p, uint64_t count, int top) {
  if (!mig_typeinfo_of(t)->needs_check) return;
  char why[256];
  for (uint64_t e = 0; e < count && !w->refused; e++, p += t->size) {
    uintptr_t v;
    switch (t->kind) {
    case MIG_K_MUTEX: note_mutex(w, o, field, p); break;
    case MIG_K_PTR:
      memcpy(&v, p, sizeof v);
      if (!data_ptr_ok(w, v) && foreign_pointer(w, v, why, sizeof why)) refuse(w, o, field, why);
      break;
    case MIG_K_FNPTR:
      memcpy(&v, p, sizeof v);
      if (v && !mig_function_name(v))
      {
        snprintf(why, sizeof why, "points to a function the runtime does not know (%p)",
                 (void *)v);
        refuse(w, o, field, why);
      }
      break;
    case MIG_K_UNION:
      check_union_member(w, o, field, t, t, p);
      break;
    case MIG_K_UNSAFE:
      snprintf(why, sizeof why, "has type %s, which cannot be migrated", t->name);
      refuse(w, o, field, why);
      break;
    case MIG_K_STRUCT:
      for (unsigned i = 0; i < t->nfields && !w->refused; i++) {
        const __mig_field *f = &t->fields[i];
        if (f->bit_width) continue;
        check(w, o, top ? (long)i : field, f->type, p + f->offset, f->count, 0);
      }
      break;
    default: break;
    }
  }
}

/* Untyped bytes (a block from an allocator mig-pp could not type) are judged
 * word by word as the receiver will (restore.c, rebase_untyped_pointers):
 * the address of a saved object or known function is re-based, other values
 * kept; a value pointing to an open FILE (other than the standard streams)
 * is refused: an interpreter's file handle. */
static void check_untyped(writer *w, const wobj *o) {
  const unsigned char *p = (const unsigned char *)o->addr;
  uint64_t n = o->count * o->type->size;
  char why[256], what[160];
  for (uint64_t off = 0; off + sizeof(uintptr_t) <= n && !w->refused; off += sizeof(uintptr_t)) {
    uintptr_t v;
    memcpy(&v, p + off, sizeof v);
    if (v < 4096 || data_ptr_ok(w, v) || mig_function_name(v)) continue;
    /* Only an open FILE: other values (garbage past an interpreter's stack
     * top that happens to point into a library) are kept, like a union's. */
    if (foreign_memory(w, v, what, sizeof what) &&
        strncmp(what, "points to an open FILE", 22) == 0) {
      snprintf(why, sizeof why, "holds, at byte %llu of its untyped bytes, a value that %s",
               (unsigned long long)off, what);
      refuse(w, o, -1, why);
    }
  }
}

static int cmp_mutex(const void *a, const void *b) {
  uint64_t x = ((const wmutex *)a)->addr, y = ((const wmutex *)b)->addr;
  return x < y ? -1 : x > y;
}

/* Sorted, each mutex once (a frame and a global may not overlap, but the
 * same bytes can be reached twice through nested descriptions). */
static void sort_mutexes(writer *w) {
  if (!w->nmutexes) return;
  qsort(w->mutexes, w->nmutexes, sizeof *w->mutexes, cmp_mutex);
  size_t k = 1;
  for (size_t i = 1; i < w->nmutexes; i++)
    if (w->mutexes[i].addr != w->mutexes[k - 1].addr) w->mutexes[k++] = w->mutexes[i];
  w->nmutexes = k;
}

static int is_saved_mutex(const writer *w, uintptr_t a) {
  wmutex key = {a, 0};
  return bsearch(&key, w->mutexes, w->nmutexes, sizeof key, cmp_mutex) != NULL;
}

__attribute__((format(printf, 2, 3))) static void refuse_thread(writer *w, const char *fmt, ...) {
  if (w->refused++) return;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  fprintf(stderr, "mig: checkpoint refused: %s\n", msg);
}

/* What a restore needs to re-create the thread must be translatable. */
static void check_thread(writer *w, const wthread *wt) {
  const mig_thread *t = wt->t;
  if (t->exited_main) {
    refuse_thread(w, "the main thread called pthread_exit: its frames are gone");
    return;
  }
  if (t->start && !mig_function_name((uintptr_t)t->start)) {
    refuse_thread(w, "thread %lu: start routine %p is a function the runtime does not know",
                  t->id, (void *)t->start);
    return;
  }
  for (size_t k = 0; k < t->nheld; k++)
    if (!is_saved_mutex(w, (uintptr_t)t->held[k])) {
      refuse_thread(w, "thread %lu %s a mutex at %p that is not in saved memory of a "
                    "declared pthread_mutex_t type", t->id,
                    t->state == MIG_THR_RUNNING ? "holds" : "ended holding", t->held[k]);
      return;
    }
  if (t->state == MIG_THR_RUNNING && t->id != 1 &&
      (!wt->nframes || strcmp(w->frames[wt->first_frame].rec->fn->name,
                              mig_function_name((uintptr_t)t->start)) != 0)) {
    refuse_thread(w, "thread %lu: start routine %s is not a migcc-transformed function",
                  t->id, mig_function_name((uintptr_t)t->start));
    return;
  }
  if (t->state != MIG_THR_RUNNING && t->nheld) {
    refuse_thread(w, "thread %lu ended holding a mutex", t->id);
    return;
  }
  /* arg and retval are not checked: they may be integers passed as void *
   * (restore.c keeps values that point to no saved object). */
}

static void validate(writer *w) {
  for (size_t i = 0; i < w->nobjs; i++)
    if (w->objs[i].kind != MIG_OBJ_REGFRAME)
      mig_objmap_add(&w->map, w->objs[i].addr, w->objs[i].nbytes, (uint32_t)i);
  for (size_t i = 0; i < mig_nliterals(); i++) {
    const __mig_literal *l = mig_literal_at(i);
    mig_objmap_add(&w->map, (uintptr_t)l->addr, l->size, (uint32_t)(w->nobjs + i));
  }
  uint32_t a, b;
  mig_objmap_sort(&w->map, &a, &b);
  if (a != UINT32_MAX && a < w->nobjs && b < w->nobjs) {
    /* Two saved objects overlap: the runtime's bookkeeping is wrong (a
     * block freed behind its back?). Not a state we can restore. */
    char x[256], y[256];
    describe(&w->objs[a], -1, x, sizeof x);
    describe(&w->objs[b], -1, y, sizeof y);
    fprintf(stderr, "mig: checkpoint refused: %s overlaps %s\n", x, y);
    w->refused = 1;
    return;
  }
  w->specials[0] = (uintptr_t)stdin;
  w->specials[1] = (uintptr_t)stdout;
  w->specials[2] = (uintptr_t)stderr;
  for (size_t i = 0; i < w->nobjs && !w->refused; i++) {
    const wobj *o = &w->objs[i];
    int top = o->kind == MIG_OBJ_REGFRAME || o->kind == MIG_OBJ_SHADOW;
    if (o->kind == MIG_OBJ_RODATA) continue; /* not saved */
    check(w, o, -1, o->type, (const unsigned char *)o->addr, o->count, top);
    if (o->type->kind == MIG_K_BYTES && o->kind == MIG_OBJ_HEAP) check_untyped(w, o);
  }
  /* Allocas outside any shadow frame would be overwritten by the rewind. */
  for (size_t i = 0; i < w->nthreads && !w->refused; i++) {
    const wthread *wt = &w->threads[i];
    size_t kept = 0;
    for (size_t k = 0; k < wt->nframes; k++) kept += w->frames[wt->first_frame + k].nallocas;
    if (kept < wt->nallocas_live && wt->nframes) {
      fprintf(stderr, "mig: checkpoint refused: alloca() in a function without a shadow "
                      "frame\n");
      w->refused = 1;
    }
  }
  sort_mutexes(w);
  for (size_t i = 0; i < w->nthreads && !w->refused; i++) check_thread(w, &w->threads[i]);
}

/*--- Serialization ------------------------------------------------------------*/
static uint32_t type_index(writer *w, const __mig_type *t) {
  uintptr_t idx;
  if (mig_ptrmap_get(&w->type_index, (uintptr_t)t, &idx)) return (uint32_t)idx;
  for (unsigned i = 0; i < t->nfields; i++) type_index(w, t->fields[i].type); /* post-order */
  if (w->ntypes == w->captypes) {
    w->captypes = w->captypes ? w->captypes * 2 : 64;
    w->types = mig_xrealloc(w->types, w->captypes * sizeof *w->types);
  }
  w->types[w->ntypes] = t;
  mig_ptrmap_put(&w->type_index, (uintptr_t)t, w->ntypes);
  return (uint32_t)w->ntypes++;
}

static size_t begin_section(mig_buf *b, uint32_t tag) {
  mig_buf_u32(b, tag);
  mig_buf_u32(b, 0);
  mig_buf_u64(b, 0);
  return b->len;
}
static void end_section(mig_buf *b, size_t start) {
  mig_le_store(b->data + start - 8, b->len - start, 8);
  mig_buf_pad(b, 8);
}

static void put_arch(mig_buf *b) {
  mig_arch a;
  mig_arch_self(&a);
  size_t s = begin_section(b, MIG_SEC_ARCH);
  mig_buf_u8(b, a.byte_order);
  mig_buf_u8(b, a.char_signed);
  mig_buf_u8(b, a.ldouble_format);
  mig_buf_u8(b, MIG_ARCH_NKINDS);
  for (unsigned k = 0; k < MIG_ARCH_NKINDS; k++) {
    mig_buf_u8(b, a.size[k]);
    mig_buf_u8(b, a.align[k]);
  }
  mig_buf_str(b, a.machine);
  end_section(b, s);
}

static void put_program(mig_buf *b) {
  size_t s = begin_section(b, MIG_SEC_PROGRAM);
  mig_buf_str(b, mig_program_name());
  mig_buf_u64(b, mig_count.polls);
  mig_buf_u64(b, mig_count.checkpoints);
  mig_buf_u32(b, MIG_ABI_VERSION);
  end_section(b, s);
}

static void put_types(writer *w, mig_buf *b) {
  for (size_t i = 0; i < w->nobjs; i++) type_index(w, w->objs[i].type);
  size_t s = begin_section(b, MIG_SEC_TYPES);
  mig_buf_u32(b, (uint32_t)w->ntypes);
  for (size_t i = 0; i < w->ntypes; i++) {
    const __mig_type *t = w->types[i];
    const mig_typeinfo *ti = mig_typeinfo_of(t);
    mig_buf_str(b, t->name);
    mig_buf_u32(b, t->kind);
    mig_buf_u32(b, t->flags);
    mig_buf_u64(b, t->size);
    mig_buf_u64(b, t->align);
    mig_buf_u32(b, t->nfields);
    for (unsigned j = 0; j < t->nfields; j++) {
      const __mig_field *f = &t->fields[j];
      mig_buf_str(b, f->name);
      mig_buf_u32(b, type_index(w, f->type));
      mig_buf_u64(b, f->offset);
      mig_buf_u64(b, f->count);
      mig_buf_u16(b, f->bit_width);
      mig_buf_u16(b, 0);
      mig_buf_u32(b, f->bit_width && ti->bit_offset ? ti->bit_offset[j] : 0);
    }
  }
  end_section(b, s);
}

static void put_symbols(writer *w, mig_buf *b) {
  size_t s = begin_section(b, MIG_SEC_FUNCS);
  mig_buf_u32(b, (uint32_t)mig_nfunctions());
  for (size_t i = 0; i < mig_nfunctions(); i++) {
    mig_buf_str(b, mig_function_at(i)->name);
    mig_buf_u64(b, (uintptr_t)mig_function_at(i)->addr);
  }
  end_section(b, s);
  s = begin_section(b, MIG_SEC_LITERALS);
  mig_buf_u32(b, (uint32_t)mig_nliterals());
  for (size_t i = 0; i < mig_nliterals(); i++) {
    mig_buf_str(b, mig_literal_at(i)->name);
    mig_buf_u64(b, (uintptr_t)mig_literal_at(i)->addr);
    mig_buf_u64(b, mig_literal_at(i)->size);
  }
  end_section(b, s);
  s = begin_section(b, MIG_SEC_SPECIALS);
  mig_buf_u32(b, 3);
  for (uint32_t i = 0; i < 3; i++) {
    mig_buf_u32(b, MIG_SPECIAL_STDIN + i);
    mig_buf_u64(b, w->specials[i]);
  }
  end_section(b, s);
}

/* Returns where each object's data-offset field is, to patch later. */
static size_t *put_objects(writer *w, mig_buf *b) {
  size_t *patch = mig_xcalloc(w->nobjs + 1, sizeof *patch);
  size_t s = begin_section(b, MIG_SEC_OBJECTS);
  mig_buf_u32(b, (uint32_t)w->nobjs);
  for (size_t i = 0; i < w->nobjs; i++) {
    const wobj *o = &w->objs[i];
    mig_buf_u8(b, o->kind);
    mig_buf_put(b, "\0\0\0", 3);
    mig_buf_u32(b, type_index(w, o->type));
    mig_buf_str(b, o->name);
    mig_buf_u64(b, o->addr);
    mig_buf_u64(b, o->count);
    mig_buf_u64(b, o->nbytes);
    patch[i] = b->len;
    mig_buf_u64(b, 0);
  }
  end_section(b, s);
  return patch;
}

static void put_frames(writer *w, mig_buf *b, const wthread *wt) {
  mig_buf_u32(b, (uint32_t)wt->nframes);
  for (size_t i = 0; i < wt->nframes; i++) {
    const wframe *f = &w->frames[wt->first_frame + i];
    mig_buf_str(b, f->rec->fn->name);
    mig_buf_u32(b, (uint32_t)f->rec->site);
    mig_buf_u32(b, (uint32_t)f->regframe);
    mig_buf_u32(b, (uint32_t)f->shadow);
    mig_buf_u32(b, (uint32_t)f->first_alloca);
    mig_buf_u32(b, f->nallocas);
  }
}

static void put_threads(writer *w, mig_buf *b) {
  size_t s = begin_section(b, MIG_SEC_THREADS);
  mig_buf_u32(b, (uint32_t)w->nthreads);
  for (size_t i = 0; i < w->nthreads; i++) {
    const wthread *wt = &w->threads[i];
    const mig_thread *t = wt->t;
    int running = t->state == MIG_THR_RUNNING;
    mig_buf_u64(b, t->id);
    mig_buf_u8(b, (uint8_t)t->state);
    mig_buf_u8(b, t->detached ? MIG_THRF_DETACHED : 0);
    mig_buf_u16(b, 0);
    mig_buf_str(b, t->start ? mig_function_name((uintptr_t)t->start) : "");
    mig_buf_u64(b, (uintptr_t)t->arg);
    mig_buf_u64(b, t->state == MIG_THR_FINISHED ? (uintptr_t)t->retval : 0);
    mig_buf_u64(b, t->stacksize);
    mig_buf_u32(b, running ? (uint32_t)t->nheld : 0);
    for (size_t k = 0; running && k < t->nheld; k++) mig_buf_u64(b, (uintptr_t)t->held[k]);
    mig_buf_u32(b, (uint32_t)wt->first_tls);
    mig_buf_u32(b, wt->ntls);
    put_frames(w, b, wt);
  }
  mig_buf_u32(b, (uint32_t)w->nmutexes);
  for (size_t i = 0; i < w->nmutexes; i++) {
    mig_buf_u64(b, w->mutexes[i].addr);
    mig_buf_u32(b, w->mutexes[i].type);
  }
  end_section(b, s);
}

/*--- Output -------------------------------------------------------------------*/
static const unsigned char zeros[MIG_DATA_ALIGN];

typedef struct iovec_list {
  struct iovec *v;
  size_t n, cap;
} iovec_list;

static void iov_add(iovec_list *l, const void *p, size_t n) {
  if (!n) return;
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 256;
    l->v = mig_xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = (struct iovec){(void *)p, n};
}

static int write_iovs(int fd, struct iovec *v, size_t n) {
  while (n) {
    int batch = n > IOV_MAX ? IOV_MAX : (int)n;
    ssize_t k = writev(fd, v, batch);
    if (k < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    while (n && (size_t)k >= v->iov_len) { /* drop what was fully written */
      k -= (ssize_t)v->iov_len;
      v++;
      n--;
    }
    if (n) {
      v->iov_base = (char *)v->iov_base + k;
      v->iov_len -= (size_t)k;
    }
  }
  return 0;
}

static int write_file(const char *path, iovec_list *l) {
  if (!mig_ckpt_target_ok(path)) return -1;
  mig_ckpt_clean_debris(path);
  char *tmp = mig_ckpt_tmp_name(path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    fprintf(stderr, "mig: checkpoint failed: cannot create %s: %s\n", tmp, strerror(errno));
    free(tmp);
    return -1;
  }
  int rc = write_iovs(fd, l->v, l->n);
  if (rc == 0) rc = fsync(fd);
  /* The file is durable: its pages in the page cache are clean and a
   * checkpoint is read back rarely, if ever, on this machine. Dropping them
   * gives the memory back at once, so the next checkpoint writes into warm
   * pages instead of taking fresh ones (which costs more than the copy on
   * a virtual machine) and a large checkpoint does not push the program's
   * own file data out of the cache. */
  if (rc == 0) posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  if (close(fd) != 0) rc = -1;
  if (rc == 0) rc = rename(tmp, path);
  if (rc != 0) {
    fprintf(stderr, "mig: checkpoint failed: cannot write %s: %s\n", path, strerror(errno));
    unlink(tmp);
  } else {
    /* Make the rename itself durable. */
    char *dir = mig_xstrdup(path), *slash = strrchr(dir, '/');
    if (slash) *(slash == dir ? slash + 1 : slash) = 0;
    int dfd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      fsync(dfd);
      close(dfd);
    }
    free(dir);
  }
  free(tmp);
  return rc;
}

static void writer_free(writer *w) {
  mig_memmap_end();
  free(w->objs);
  free(w->frames);
  free(w->threads);
  free(w->mutexes);
  free(w->types);
  mig_objmap_free(&w->map);
  mig_ptrmap_free(&w->type_index);
}

/* MIG_KEY set: the MAC section, HMAC-SHA-256 of everything before its
 * payload (format.h), goes between DATA and END. */
static void append_mac(iovec_list *l, const unsigned char *key, size_t keylen,
                       unsigned char mac[16 + MIG_MAC_SIZE]) {
  mig_hmac h;
  mig_le_store(mac, MIG_SEC_MAC, 4);
  mig_le_store(mac + 4, 0, 4);
  mig_le_store(mac + 8, MIG_MAC_SIZE, 8);
  mig_hmac_init(&h, key, keylen);
  for (size_t i = 0; i < l->n; i++) mig_hmac_update(&h, l->v[i].iov_base, l->v[i].iov_len);
  mig_hmac_update(&h, mac, 16);
  mig_hmac_final(&h, mac + 16);
  iov_add(l, mac, 16 + MIG_MAC_SIZE);
}

int mig_write_checkpoint(const char *path) {
  writer w;
  memset(&w, 0, sizeof w);
  collect_globals(&w);
  collect_heap(&w);
  collect_strings(&w, MIG_OBJ_ARGV, mig_argv);
  collect_strings(&w, MIG_OBJ_ENVP, mig_envp);
  collect_threads(&w);
  validate(&w);
  if (w.refused) {
    writer_free(&w);
    return -1;
  }

  mig_buf meta = {0};
  mig_buf_put(&meta, MIG_MAGIC, MIG_MAGIC_SIZE);
  mig_buf_u32(&meta, MIG_FORMAT_VERSION);
  mig_buf_u32(&meta, MIG_HEADER_SIZE);
  mig_buf_u64(&meta, mig_fingerprint());
  mig_buf_u64(&meta, 0); /* file size, patched below */
  put_arch(&meta);
  put_program(&meta);
  put_types(&w, &meta);
  put_symbols(&w, &meta);
  size_t *patch = put_objects(&w, &meta);
  put_threads(&w, &meta);
  size_t data_sec = begin_section(&meta, MIG_SEC_DATA);

  /* Lay the objects out after the metadata, each 16-byte aligned. */
  iovec_list l = {0};
  uint64_t off = meta.len;
  iov_add(&l, meta.data, 1); /* placeholder: meta.data moves while growing */
  for (size_t i = 0; i < w.nobjs; i++) {
    if (w.objs[i].kind == MIG_OBJ_RODATA) continue; /* no bytes, offset 0 */
    uint64_t pad = (MIG_DATA_ALIGN - off % MIG_DATA_ALIGN) % MIG_DATA_ALIGN;
    iov_add(&l, zeros, pad);
    off += pad;
    mig_le_store(meta.data + patch[i], off, 8);
    iov_add(&l, (const void *)w.objs[i].addr, w.objs[i].nbytes);
    off += w.objs[i].nbytes;
  }
  uint64_t data_len = off - meta.len;
  mig_le_store(meta.data + data_sec - 8, data_len, 8);
  uint64_t pad = (8 - off % 8) % 8;
  iov_add(&l, zeros, pad);
  off += pad;
  unsigned char trailer[24], mac[16 + MIG_MAC_SIZE];
  size_t keylen;
  const unsigned char *key = mig_key(&keylen);
  if (key) off += sizeof mac;
  mig_le_store(trailer, MIG_SEC_END, 4);
  mig_le_store(trailer + 4, 0, 4);
  mig_le_store(trailer + 8, 8, 8);
  off += sizeof trailer;
  mig_le_store(meta.data + 24, off, 8);
  l.v[0] = (struct iovec){meta.data, meta.len};
  if (key) append_mac(&l, key, keylen, mac);

  mig_hash h;
  mig_hash_init(&h);
  for (size_t i = 0; i < l.n; i++) mig_hash_update(&h, l.v[i].iov_base, l.v[i].iov_len);
  mig_hash_update(&h, trailer, 16);
  mig_le_store(trailer + 16, mig_hash_final(&h), 8);
  iov_add(&l, trailer, sizeof trailer);

  int rc = write_file(path, &l);
  free(l.v);
  free(patch);
  mig_buf_free(&meta);
  writer_free(&w);
  return rc;
}
