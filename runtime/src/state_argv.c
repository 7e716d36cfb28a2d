/*===- state_argv.c - Argument and environment vectors ---------------------===*
 * Writer: argv and envp as pointer arrays plus one object per string.
 * Restore: fresh memory for each; once converted they become the
 * program's argc/argv/envp (process.c).
 *===----------------------------------------------------------------------===*/
#include "state_argv.h"
#include "process.h"
#include <string.h>

static void collect_strings(writer *w, uint8_t kind, char **vec) {
  size_t n = 0;
  while (vec[n]) n++;
  mig_w_add_obj(w, kind, &__mig_type_ptr, kind == MIG_OBJ_ARGV ? "argv" : "envp", vec, n + 1,
          (n + 1) * sizeof(char *), NULL);
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(vec[i]) + 1;
    mig_w_add_obj(w, MIG_OBJ_STRING, &__mig_type_bytes, "", vec[i], len, len, NULL);
  }
}

void mig_st_argv_collect(writer *w) {
  collect_strings(w, MIG_OBJ_ARGV, mig_argv);
  collect_strings(w, MIG_OBJ_ENVP, mig_envp);
}

void mig_st_argv_place(rctx *x, uint32_t i) { x->raddr[i] = mig_xmalloc(x->rbytes[i]); }

void mig_st_argv_finish(rctx *x) {
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    if (o->kind == MIG_OBJ_ARGV) {
      mig_argv = (char **)x->raddr[i];
      mig_argc = o->count ? (int)o->count - 1 : 0;
    } else if (o->kind == MIG_OBJ_ENVP) {
      mig_envp = (char **)x->raddr[i];
    }
  }
}
