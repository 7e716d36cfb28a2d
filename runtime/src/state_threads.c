/*===- state_threads.c - Threads -------------------------------------------===*
 * Writer: every thread of the table (the world is stopped): RUNNING ones
 * with their thread-locals and frames, finished ones with their return
 * value; what a restore needs to re-create each must be translatable.
 * Restore: records with the same ids, RUNNING ones started and waiting
 * (threads.c) so their stacks exist to place objects in; after conversion
 * their argument, return value and held mutexes as pointers here.
 *===----------------------------------------------------------------------===*/
#include "state_threads.h"
#include "registry.h"
#include "types.h"
#include "state_frames.h"
#include "state_mutexes.h"
#include "state_pointers.h"
#include "state_tls.h"
#include <mig/format.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* pthread_create's start routine, as mig-pp spells its signature. */
static const __mig_type start_routine_type = {"void * (*)(void *)", MIG_K_FNPTR, MIG_TF_HAS_PTR,
                                              sizeof(void *(*)(void *)),
                                              _Alignof(void *(*)(void *)), 0, 0, 0};

/* Every thread: the world is stopped, so RUNNING ones are parked with
 * their frames in records. Finished threads keep only their return value. */
void mig_st_threads_collect(writer *w) {
  size_t n = mig_threads_count();
  w->threads = mig_xcalloc(n + 1, sizeof *w->threads);
  for (size_t i = 0; i < n; i++) {
    wthread *wt = &w->threads[w->nthreads++];
    wt->t = mig_thread_at(i);
    wt->first_tls = -1;
    if (wt->t->state != MIG_THR_RUNNING) continue;
    size_t first = w->nobjs;
    mig_st_tls_collect(w, wt);
    mig_st_frames_collect(w, wt);
    for (size_t k = first; k < w->nobjs; k++) w->objs[k].thread = wt->t->id;
  }
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
  if (t->start) { /* the restore checks the same (mig_st_threads_start) */
    const char *name = mig_function_name((uintptr_t)t->start);
    const __mig_type *ft = mig_function_type(name);
    if (!mig_fnptr_compatible(&start_routine_type, ft)) {
      refuse_thread(w, "thread %lu: start routine %s has type %s, not %s", t->id, name, ft->name,
                    start_routine_type.name);
      return;
    }
  }
  for (size_t k = 0; k < t->nheld; k++)
    if (!mig_st_mutexes_saved(w, (uintptr_t)t->held[k])) {
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
   * (mig_r_xlate_value keeps values that point to no saved object). */
}

void mig_st_threads_put(writer *w, mig_buf *b) {
  size_t s = mig_w_begin_section(b, MIG_SEC_THREADS);
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
    mig_st_frames_put(w, b, wt);
  }
  mig_st_mutexes_put(w, b);
  mig_w_end_section(b, s);
}

void mig_st_threads_check(writer *w) {
  for (size_t i = 0; i < w->nthreads && !w->refused; i++) check_thread(w, &w->threads[i]);
}

/* Records for every thread of the checkpoint (same ids); RUNNING ones are
 * started and wait until restore_go, so their stacks, frame storage and
 * thread-local instances exist to place objects in. */
void mig_st_threads_start(rctx *x) {
  x->thr = mig_xcalloc(x->c.nthreads + 1, sizeof *x->thr);
  for (uint32_t k = 0; k < x->c.nthreads; k++) {
    const mig_rthread *t = &x->c.threads[k];
    void *(*start)(void *) = NULL;
    if (k > 0) {
      start = (void *(*)(void *))mig_function_addr(t->start);
      if (!start) mig_r_fail("start routine %s of thread %llu is not in this program", t->start,
                       (unsigned long long)t->id);
      const __mig_type *ft = mig_function_type(t->start);
      if (!mig_fnptr_compatible(&start_routine_type, ft))
        mig_r_fail("start routine %s of thread %llu has type %s, not %s", t->start,
                   (unsigned long long)t->id, ft->name, start_routine_type.name);
    }
    x->thr[k] = mig_threads_restore_add(t->id, t->state, t->flags & MIG_THRF_DETACHED, start,
                                        t->stacksize);
  }
  mig_threads_restore_spawn();
}

void mig_st_threads_place(rctx *x) {
  for (uint32_t k = 0; k < x->c.nthreads; k++) {
    if (x->c.threads[k].state != MIG_THR_RUNNING) continue;
    mig_st_frames_place(x, k);
    mig_st_tls_place(x, k);
  }
  for (uint32_t i = 0; i < x->c.nobjects; i++)
    if (!x->raddr[i] && x->rbytes[i])
      mig_r_fail("%s object %s belongs to no thread", mig_object_kind_name(x->c.objects[i].kind),
           x->c.objects[i].name);
}

/* Argument, return value and held mutexes, as pointers here. */
void mig_st_threads_finish(rctx *x) {
  for (uint32_t k = 0; k < x->c.nthreads; k++) {
    const mig_rthread *t = &x->c.threads[k];
    mig_thread *th = x->thr[k];
    if (k > 0) {
      th->arg = mig_r_xlate_value(x, t->arg);
      th->retval = mig_r_xlate_value(x, t->retval);
    }
    th->nheld = 0;
    for (uint32_t i = 0; i < t->nheld; i++) {
      mig_rmutex key = {t->held[i], 0};
      if (!bsearch(&key, x->c.mutexes, x->c.nmutexes, sizeof key, mig_rmutex_cmp))
        mig_r_fail("thread %llu holds a mutex at %#llx that is not in the mutex table",
             (unsigned long long)t->id, (unsigned long long)t->held[i]);
      mig_held_push(th, (void *)mig_r_xlate_ptr(x, t->held[i]));
    }
  }
}
