/*===- state_frames.c - Frames and allocas of a thread ---------------------===*
 * Writer: a parked thread's frame records, outermost first, each with its
 * register frame, shadow frame and the allocas above it. Restore: shadow
 * frames and allocas go exactly where the rewinding pushes will land, and
 * the frame records are rebuilt with this target's register frames.
 *===----------------------------------------------------------------------===*/
#include "state_frames.h"
#include "registry.h"
#include "shadow.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A thread's frames, outermost first. Allocas belong to the closest
 * shadow frame below them; each shadow frame's region ends where the next
 * one starts (or at the shadow top of the unwound stack), which is also
 * where the rewind must put the shadow top back after re-pushing the frame. */
void mig_st_frames_collect(writer *w, wthread *wt) {
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
      f->regframe = (int32_t)mig_w_add_obj(w, MIG_OBJ_REGFRAME, r->fn->regframe, r->fn->name,
                                     r->regdata, 1, r->fn->regframe->size, r->fn);
    if (!r->shadow) continue;
    f->shadow = (int32_t)mig_w_add_obj(w, MIG_OBJ_SHADOW, r->fn->shadowframe, r->fn->name,
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
      int32_t o = (int32_t)mig_w_add_obj(w, MIG_OBJ_ALLOCA, t, r->fn->name, al[ai].addr,
                                   al[ai].size / t->size, al[ai].size, r->fn);
      if (f->first_alloca < 0) f->first_alloca = o;
      f->nallocas++;
    }
  }
}

void mig_st_frames_put(writer *w, mig_buf *b, const wthread *wt) {
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

/* Allocas outside any shadow frame would be overwritten by the rewind. */
void mig_st_frames_check(writer *w) {
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
}

const __mig_type *mig_st_frames_type_here(const mig_robject *o, int shadow) {
  const __mig_func *fn = mig_func_by_name(o->name);
  if (!fn) mig_r_fail("function %s is not in this program", o->name);
  const __mig_type *t = shadow ? fn->shadowframe : fn->regframe;
  if (!t) mig_r_fail("function %s has no %s frame here", o->name, shadow ? "shadow" : "register");
  return t;
}

/* Shadow frames and allocas go where the rewinding pushes of thread k
 * will land: the same bump allocation as __mig_shadow_push on its stack,
 * with this target's sizes, outermost frame first. Then its frame records,
 * innermost first. */
void mig_st_frames_place(rctx *x, uint32_t k) {
  const mig_rthread *t = &x->c.threads[k];
  mig_thread *th = x->thr[k];
  char *base = mig_shadow_base_of(th->shadow), *top = base;
  char *limit = mig_shadow_limit_of(th->shadow);
  char **ends = mig_xcalloc(t->nframes + 1, sizeof *ends);
  mig_alloca_rec *al = mig_xcalloc(x->c.nobjects + 1, sizeof *al);
  size_t nal = 0;
  if (k > 0 && (!t->nframes || strcmp(t->frames[0].func, t->start) != 0))
    mig_r_fail("thread %llu does not start in its start routine %s", (unsigned long long)t->id,
         t->start);
  for (uint32_t j = 0; j < t->nframes; j++) {
    const mig_rframe *f = &t->frames[j];
    const __mig_func *fn = mig_func_by_name(f->func);
    if (!fn) mig_r_fail("function %s is not in this program", f->func);
    if (f->site < 1 || f->site > fn->nsites)
      mig_r_fail("%s has no resume site %u", f->func, f->site);
    if ((f->regframe >= 0) != (fn->regframe != NULL) || (f->shadow >= 0) != (fn->shadowframe != NULL) ||
        (f->regframe >= 0 && strcmp(x->c.objects[f->regframe].name, f->func)) ||
        (f->shadow >= 0 && strcmp(x->c.objects[f->shadow].name, f->func)))
      mig_r_fail("frame of %s does not match this program", f->func);
    if (f->shadow < 0) continue;
    size_t a = fn->shadowframe->align < 16 ? 16 : fn->shadowframe->align;
    char *p = (char *)(((uintptr_t)top + a - 1) & ~(uintptr_t)(a - 1));
    if (fn->shadowframe->size > (size_t)(limit - p)) mig_r_fail("shadow stack overflow");
    x->raddr[f->shadow] = (unsigned char *)p;
    top = p + fn->shadowframe->size;
    for (uint32_t i = 0; i < f->nallocas; i++) {
      uint32_t oi = (uint32_t)f->first_alloca + i;
      char *q = (char *)(((uintptr_t)top + 15) & ~(uintptr_t)15);
      if (x->rbytes[oi] > (uint64_t)(limit - q)) mig_r_fail("shadow stack overflow");
      x->raddr[oi] = (unsigned char *)q;
      al[nal++] = (mig_alloca_rec){q, x->rbytes[oi], x->rtype[oi], 0};
      top = q + x->rbytes[oi];
    }
    ends[j] = top;
  }
  mig_shadow_set_allocas_in(th->shadow, al, nal);
  mig_frames_reset_in(th->frames);
  for (uint32_t j = t->nframes; j-- > 0;) {
    const mig_rframe *f = &t->frames[j];
    const __mig_func *fn = mig_func_by_name(f->func);
    mig_frame_rec *rec = mig_frames_push_in(th->frames, fn, (int)f->site,
                                            f->shadow >= 0 ? x->raddr[f->shadow] : NULL);
    rec->shadow_end = ends[j];
    if (f->regframe >= 0) x->raddr[f->regframe] = rec->regdata;
  }
  free(ends);
  free(al);
}
