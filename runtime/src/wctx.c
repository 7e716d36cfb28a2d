/*===- wctx.c - What the writer collects: objects, messages, sections ----===*/
#include "wctx.h"
#include "reader.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mig_w_reserve_objs(writer *w, size_t more) {
  if (w->nobjs + more <= w->capobjs) return;
  w->capobjs = w->nobjs + more + 256;
  /* A fresh allocation (not a realloc of the small table): it gets huge
   * pages (mig_hint_huge), and there are few objects to copy so far. */
  wobj *objs = mig_xmalloc(w->capobjs * sizeof *objs);
  if (w->nobjs) memcpy(objs, w->objs, w->nobjs * sizeof *objs);
  free(w->objs);
  w->objs = objs;
}

uint32_t mig_w_add_obj(writer *w, uint8_t kind, const __mig_type *t, const char *name,
                        const void *addr, uint64_t count, uint64_t nbytes,
                        const __mig_func *fn) {
  if (w->nobjs == w->capobjs) {
    w->capobjs = w->capobjs ? w->capobjs * 2 : 256;
    w->objs = mig_xrealloc(w->objs, w->capobjs * sizeof *w->objs);
  }
  w->objs[w->nobjs] = (wobj){kind, t, name ? name : "", (uintptr_t)addr, count, nbytes, fn, 0};
  return (uint32_t)w->nobjs++;
}

static const char *var_name(const wobj *o, size_t field) {
  const char *const *names = NULL;
  if (o->kind == MIG_OBJ_REGFRAME) names = o->fn->regframe_vars;
  if (o->kind == MIG_OBJ_SHADOW) names = o->fn->shadowframe_vars;
  if (names) return names[field];
  return o->type->fields[field].name;
}

/* "main: variable p", "global g", "heap block of struct node",
 * "thread 2: worker: variable i". */
void mig_w_describe(const wobj *o, long field, char *out, size_t n) {
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

void mig_w_refuse(writer *w, const wobj *o, long field, const char *why) {
  if (w->refused++) return;
  char what[256], line[768];
  mig_w_describe(o, field, what, sizeof what);
  snprintf(line, sizeof line, "mig: checkpoint refused: %s %s\n", what, why);
  /* A refused request is asked again at the next safe point (triggers.c):
   * say it once while the reason stays the same. */
  static char last[768];
  if (strcmp(line, last) == 0) return;
  snprintf(last, sizeof last, "%s", line);
  fputs(line, stderr);
}

size_t mig_w_begin_section(mig_buf *b, uint32_t tag) {
  mig_buf_u32(b, tag);
  mig_buf_u32(b, 0);
  mig_buf_u64(b, 0);
  return b->len;
}

void mig_w_end_section(mig_buf *b, size_t start) {
  mig_le_store(b->data + start - 8, b->len - start, 8);
  mig_buf_pad(b, 8);
}
