/*===- rctx.c - A restore in progress: messages ----------------------------===*
 * Which object and member a restore error is about.
 *===----------------------------------------------------------------------===*/
#include "rctx.h"
#include <stdarg.h>
#include <stdio.h>

static rctx *cur;

void mig_r_set_current(rctx *x) { cur = x; }

_Noreturn __attribute__((format(printf, 1, 2))) void mig_r_fail(const char *fmt, ...) {
  char msg[768], what[300];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (cur && cur->describe_obj && cur->obj) /* named only when needed */
    cur->what = mig_r_describe(cur->obj, what, sizeof what);
  if (cur && cur->what && cur->depth) {
    char where[256];
    size_t used = 0;
    unsigned shown = cur->depth < 8 ? cur->depth : 8;
    where[0] = 0;
    for (unsigned i = 0; i < shown && used < sizeof where; i++)
      used += (size_t)snprintf(where + used, sizeof where - used, "%s%s", i ? "." : "",
                               cur->fpath[i]);
    int frame = cur->obj && (cur->obj->kind == MIG_OBJ_REGFRAME ||
                                 cur->obj->kind == MIG_OBJ_SHADOW);
    mig_fatal("cannot restore %s: %s: %s %s: %s", cur->path, cur->what,
              frame ? "variable" : "member", where, msg);
  }
  if (cur && cur->what)
    mig_fatal("cannot restore %s: %s: %s", cur->path, cur->what, msg);
  mig_fatal("cannot restore %s: %s", cur ? cur->path : "checkpoint", msg);
}

const char *mig_r_describe(const mig_robject *o, char *buf, size_t n) {
  switch (o->kind) {
  case MIG_OBJ_GLOBAL:
  case MIG_OBJ_RODATA: snprintf(buf, n, "global %s", o->name); break;
  case MIG_OBJ_HEAP: snprintf(buf, n, "heap block at %#llx", (unsigned long long)o->addr); break;
  case MIG_OBJ_TLS: snprintf(buf, n, "thread-local %s", o->name); break;
  case MIG_OBJ_SHADOW: case MIG_OBJ_REGFRAME: case MIG_OBJ_ALLOCA:
    snprintf(buf, n, "%s of %s", mig_object_kind_name(o->kind), o->name); break;
  default: snprintf(buf, n, "%s", mig_object_kind_name(o->kind)); break;
  }
  return buf;
}
