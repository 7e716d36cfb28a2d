/* Hand-transformed test program (shape of docs/design.md): a long loop with
 * a poll per iteration and an optional mig_checkpoint() call.
 *
 * Original:
 *   unsigned long long acc; long *arr; long *gp; union u { long l; void *p; } gu;
 *   int main(int argc, char **argv) {
 *     long n = atol(argv[1]), ck = argc > 2 ? atol(argv[2]) : -1;
 *     const char *mode = argc > 3 ? argv[3] : __mig_lit_0; long local = 0; long *lp = 0;
 *     arr = calloc(1000, sizeof(long));
 *     for (long i = 0; i < n; i++) {
 *       arr[i % 1000] += i; acc += arr[i * 7 % 1000];
 *       if (i == ck) {
 *         "dangle": gp = &local; "local": lp = (long *)&mode + 100;
 *         "union": gu.p = arr;
 *         int rc = mig_checkpoint();   // "unsafe": inside a qemu-style callback
 *         printf("checkpoint at %ld returned %d\n", i, rc);
      if (gp || lp) printf("stale pointer kept: %s\n", gp ? "gp" : "lp");
 *         gp = 0; lp = 0; gu.p = 0;
 *       }
 *     }
 *     printf("acc=%llu tp=%ld\n", acc, *tp);
 *   }
 */
#include <mig.h>
#include <mig/abi.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned long long acc;
static const long table[4] = {11, 22, 33, 44}; /* read-only: never saved */
const long *tp = &table[2];                    /* but pointers into it are */
long *arr;
long *gp;
union u {
  long l;
  void *p;
} gu;

static const char __mig_lit_0[] = ""; /* the literal "" */

#define F(S, f, T, n) {#f, &T, offsetof(S, f), n, 0, 0}
struct __mig_rf_main { int argc; char **argv; long n, ck, i; const char *mode; long *lp; int rc; };
static const __mig_field rf_main_fields[] = {
    F(struct __mig_rf_main, argc, __mig_type_int, 1), F(struct __mig_rf_main, argv, __mig_type_ptr, 1),
    F(struct __mig_rf_main, n, __mig_type_long, 1),   F(struct __mig_rf_main, ck, __mig_type_long, 1),
    F(struct __mig_rf_main, i, __mig_type_long, 1),   F(struct __mig_rf_main, mode, __mig_type_ptr, 1),
    F(struct __mig_rf_main, lp, __mig_type_ptr, 1),   F(struct __mig_rf_main, rc, __mig_type_int, 1)};
static const __mig_type T_rf_main = {"frame main", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                     sizeof(struct __mig_rf_main), _Alignof(struct __mig_rf_main),
                                     8, rf_main_fields, 0};
static const __mig_field u_fields[] = {F(union u, l, __mig_type_long, 1),
                                       F(union u, p, __mig_type_ptr, 1)};
static const __mig_type T_u = {"union u", MIG_K_UNION, MIG_TF_HAS_PTR, sizeof(union u),
                               _Alignof(union u), 2, u_fields, 0};
static const char *const main_sites[] = {"spin.c:10", "spin.c:14"};
static const char *const main_rvars[] = {"argc", "argv", "n", "ck", "i", "mode", "lp", "rc"};
static const __mig_func __mig_fn_main = {"main", &T_rf_main, 0, 2, main_sites, main_rvars, 0};

static int user_main(int argc, char **argv) {
  long n, ck, i;
  const char *mode = 0;
  long *lp = 0;
  int rc;
  long local = 0;
  int __mig_site;
  if (__builtin_expect(__mig_state != 0, 0)) {
    struct __mig_rf_main *__mig_rf = __mig_rewind_frame(&__mig_fn_main, &__mig_site);
    argc = __mig_rf->argc; argv = __mig_rf->argv; n = __mig_rf->n; ck = __mig_rf->ck;
    i = __mig_rf->i; mode = __mig_rf->mode; lp = __mig_rf->lp; rc = __mig_rf->rc;
    switch (__mig_site) { case 1: goto __mig_resume_1; case 2: goto __mig_resume_2; }
  }
  n = atol(argv[1]);
  ck = argc > 2 ? atol(argv[2]) : -1;
  mode = argc > 3 ? argv[3] : __mig_lit_0;
  arr = __mig_calloc(1000, sizeof(long), &__mig_type_long);
  for (i = 0; i < n; i++) {
    __MIG_POLL(1)
    arr[i % 1000] += i;
    acc += (unsigned long long)arr[i * 7 % 1000];
    if (i == ck) {
      if (!strcmp(mode, "dangle")) gp = &local;
      if (!strcmp(mode, "local")) lp = (long *)&mode + 100;
      if (!strcmp(mode, "union")) gu.p = arr;
      if (!strcmp(mode, "unsafe")) {
        __mig_unsafe_enter();
        rc = mig_checkpoint();
        __mig_unsafe_leave();
      } else {
      __mig_resume_2:
        rc = mig_checkpoint();
        __MIG_AFTER_CALL(2);
      }
      printf("checkpoint at %ld returned %d\n", i, rc);
      if (gp || lp) printf("stale pointer kept: %s\n", gp ? "gp" : "lp");
      gp = 0;
      lp = 0;
      gu.p = 0;
    }
  }
  printf("acc=%llu tp=%ld\n", acc, *tp);
  return 0;
__mig_unwind_1: __mig_unwind_2: {
    struct __mig_rf_main *__mig_rf = __mig_unwind_frame(&__mig_fn_main, __mig_site, 0);
    __mig_rf->argc = argc; __mig_rf->argv = argv; __mig_rf->n = n; __mig_rf->ck = ck;
    __mig_rf->i = i; __mig_rf->mode = mode; __mig_rf->lp = lp; __mig_rf->rc = rc;
    return 0;
  }
}

int __mig_user_main(int argc, char **argv, char **envp) {
  (void)envp;
  return user_main(argc, argv);
}

static const __mig_global globals[] = {{"acc", &acc, &__mig_type_ullong, 1},
                                       {"arr", &arr, &__mig_type_ptr, 1},
                                       {"gp", &gp, &__mig_type_ptr, 1},
                                       {"tp", &tp, &__mig_type_ptr, 1},
                                       {"spin.c:table", (void *)table, &__mig_type_long, 4,
                                        MIG_GF_READONLY},
#ifdef WITH_UNION /* a union with a pointer member */
                                       {"gu", &gu, &T_u, 1},
#endif
};
static const __mig_func *const migratable[] = {&__mig_fn_main};
static const __mig_type *const types[] = {&T_rf_main, &T_u};
static const __mig_literal literals[] = {{"spin.c#0", __mig_lit_0, 1}};
#ifndef UNIT_ABI /* -DUNIT_ABI=n: pretend mig-pp targeted another ABI */
#define UNIT_ABI MIG_ABI_VERSION
#endif
static const __mig_unit unit = {UNIT_ABI, "spin.c", globals,
                                sizeof globals / sizeof *globals, 0, 0, migratable, 1,
                                literals, 1, types, 2};
__attribute__((constructor)) static void register_unit(void) { __mig_register_unit(&unit); }
