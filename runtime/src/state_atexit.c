/*===- state_atexit.c - atexit and on_exit handlers ---------------------===*
 * Handlers a program registered with atexit() or on_exit() before a
 * checkpoint must run when the restored program exits, in the same
 * (reverse) order. mig-pp rewrites the calls (LibcCalls.cpp) to
 * __mig_atexit/__mig_on_exit, which register the handler with the C
 * library and also record it, in order, in a registered runtime global
 * ("<runtime>:atexit_state"). What libc gets is a trampoline per handler
 * (on_exit with the handler's index), which does nothing when the runtime
 * itself ends the process (a stop for a checkpoint: the program has not
 * finished, its handlers run where it is restored). The handlers are function pointers,
 * translated by name (they must be functions of the program), on_exit's
 * argument a data pointer, re-based. The restore registers them again in
 * the recorded order (mig_st_atexit_finish). More than MIG_ATEXIT_MAX
 * handlers refuse the checkpoint.
 *===----------------------------------------------------------------------===*/
#include "state_atexit.h"
#include "registry.h"
#include "util.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

enum { MIG_ATEXIT_MAX = 64 };

static int on_exit_direct(void (*fn)(int, void *), void *arg) { return on_exit(fn, arg); }

typedef struct atexit_entry {
  void (*fn)(void); /* atexit's void (*)(void), or on_exit's, cast  */
  void *arg;        /* on_exit's argument                            */
  int32_t on_exit;  /* 1: registered with on_exit                    */
} atexit_entry;

typedef struct atexit_state {
  atexit_entry e[MIG_ATEXIT_MAX];
  int32_t n;        /* handlers recorded (may exceed MIG_ATEXIT_MAX) */
} atexit_state;

static atexit_state as;

static const __mig_field entry_fields[] = {
    {"fn", &__mig_type_fnptr, offsetof(atexit_entry, fn), 1, 0, 0},
    {"arg", &__mig_type_ptr, offsetof(atexit_entry, arg), 1, 0, 0},
    {"on_exit", &__mig_type_int, offsetof(atexit_entry, on_exit), 1, 0, 0}};
static const __mig_type entry_type = {"struct __mig_atexit_entry", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                      sizeof(atexit_entry), _Alignof(atexit_entry), 3,
                                      entry_fields, 0};
static const __mig_field state_fields[] = {
    {"e", &entry_type, offsetof(atexit_state, e), MIG_ATEXIT_MAX, 0, 0},
    {"n", &__mig_type_int, offsetof(atexit_state, n), 1, 0, 0}};
static const __mig_type state_type = {"struct __mig_atexit_state", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                      sizeof(atexit_state), _Alignof(atexit_state), 2,
                                      state_fields, 0};
static const __mig_global atexit_globals[] = {{"<runtime>:atexit_state", &as, &state_type, 1, 0}};
static const __mig_type *const atexit_types[] = {&entry_type, &state_type};
static const __mig_unit atexit_unit = {MIG_ABI_VERSION, "<runtime-atexit>", atexit_globals, 1,
                                       NULL, 0, NULL, 0, NULL, 0, atexit_types, 2, NULL};

__attribute__((constructor)) static void register_atexit_unit(void) {
  __mig_register_unit(&atexit_unit);
}

static void trampoline(int status, void *index) {
  intptr_t i = (intptr_t)index;
  if (mig_runtime_exiting || i < 0 || i >= as.n || i >= MIG_ATEXIT_MAX) return;
  const atexit_entry *e = &as.e[i];
  if (e->on_exit)
    ((void (*)(int, void *))e->fn)(status, e->arg);
  else
    e->fn();
}

static int record(void (*fn)(void), void *arg, int on_exit) {
  if (as.n >= MIG_ATEXIT_MAX) { /* kept with libc only: refused at a checkpoint */
    as.n++;
    return on_exit ? on_exit_direct((void (*)(int, void *))fn, arg) : atexit(fn);
  }
  if (on_exit_direct(trampoline, (void *)(intptr_t)as.n) != 0) return -1;
  as.e[as.n++] = (atexit_entry){fn, arg, on_exit};
  return 0;
}

int __mig_atexit(void (*fn)(void)) { return record(fn, NULL, 0); }

int __mig_on_exit(void (*fn)(int, void *), void *arg) {
  return record((void (*)(void))fn, arg, 1);
}

void mig_st_atexit_check(writer *w) {
  if (as.n <= MIG_ATEXIT_MAX) return;
  for (size_t i = 0; i < w->nobjs; i++)
    if (w->objs[i].addr == (uintptr_t)&as) {
      char why[160];
      snprintf(why, sizeof why, "(atexit/on_exit handlers): %d registered, at most %d can be saved",
               (int)as.n, MIG_ATEXIT_MAX);
      mig_w_refuse(w, &w->objs[i], -1, why);
      return;
    }
}

void mig_st_atexit_finish(rctx *x) {
  (void)x;
  if (as.n < 0 || as.n > MIG_ATEXIT_MAX)
    mig_r_fail("global <runtime>:atexit_state: %d handlers", (int)as.n);
  for (int32_t i = 0; i < as.n; i++)
    if (on_exit_direct(trampoline, (void *)(intptr_t)i) != 0)
      mig_r_fail("cannot register exit handler %d again", (int)i);
}
