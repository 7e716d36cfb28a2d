/* Hand-transformed test program: alloca() blocks on the shadow stack, a
 * pointer into one of them held by a callee, and a shadow frame pushed
 * after the allocas (so the rewind must put the shadow top back past them).
 *
 * Original:
 *   long fill(long *a, int n, int round) {          // polls in its loop
 *     int acc[2] = {0, 0}; int *ap = acc;             // shadow frame
 *     for (int i = 0; i < n; i++) { poll; a[i] = a[i] * 3 + round + i; ap[i & 1] += (int)a[i] % 7; }
 *     return acc[0] * 1000L + acc[1];
 *   }
 *   int main(void) {
 *     char tag[8] = "alloca";                         // shadow frame
 *     for (int round = 0; round < 40; round++) {
 *       long *a = alloca(64 * sizeof(long));
 *       memset(a, 0, 64 * sizeof(long));
 *       long r = fill(a, 64, round);
 *       printf("%s round %d: %ld %ld\n", tag, round, r, a[63]);
 *     }
 *   }
 * (the alloca in the loop grows main's shadow region every round, as C's
 * alloca would grow the stack.)
 */
#include <mig/abi.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define F(S, f, T, n) {#f, &T, offsetof(S, f), n, 0, 0}

struct __mig_rf_fill { long *a; int n, round, i; int *ap; };
struct __mig_sf_fill { int acc[2]; };
struct __mig_rf_main { int round; long *a; long r; };
struct __mig_sf_main { char tag[8]; };

static const __mig_field rf_fill_f[] = {
    F(struct __mig_rf_fill, a, __mig_type_ptr, 1), F(struct __mig_rf_fill, n, __mig_type_int, 1),
    F(struct __mig_rf_fill, round, __mig_type_int, 1), F(struct __mig_rf_fill, i, __mig_type_int, 1),
    F(struct __mig_rf_fill, ap, __mig_type_ptr, 1)};
static const __mig_type T_rf_fill = {"frame fill", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                     sizeof(struct __mig_rf_fill), _Alignof(struct __mig_rf_fill), 5,
                                     rf_fill_f, 0};
static const __mig_field sf_fill_f[] = {F(struct __mig_sf_fill, acc, __mig_type_int, 2)};
static const __mig_type T_sf_fill = {"shadow fill", MIG_K_STRUCT, 0, sizeof(struct __mig_sf_fill),
                                     _Alignof(struct __mig_sf_fill), 1, sf_fill_f, 0};
static const __mig_field rf_main_f[] = {F(struct __mig_rf_main, round, __mig_type_int, 1),
                                        F(struct __mig_rf_main, a, __mig_type_ptr, 1),
                                        F(struct __mig_rf_main, r, __mig_type_long, 1)};
static const __mig_type T_rf_main = {"frame main", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                     sizeof(struct __mig_rf_main), _Alignof(struct __mig_rf_main), 3,
                                     rf_main_f, 0};
static const __mig_field sf_main_f[] = {F(struct __mig_sf_main, tag, __mig_type_char, 8)};
static const __mig_type T_sf_main = {"shadow main", MIG_K_STRUCT, 0, sizeof(struct __mig_sf_main),
                                     _Alignof(struct __mig_sf_main), 1, sf_main_f, 0};

static const char *const fill_sites[] = {"alloca.c:1"};
static const char *const fill_rv[] = {"a", "n", "round", "i", "ap"};
static const char *const fill_sv[] = {"acc"};
static const __mig_func __mig_fn_fill = {"fill", &T_rf_fill, &T_sf_fill, 1, fill_sites, fill_rv, fill_sv};
static const char *const main_sites[] = {"alloca.c:2", "alloca.c:3"};
static const char *const main_rv[] = {"round", "a", "r"};
static const char *const main_sv[] = {"tag"};
static const __mig_func __mig_fn_main = {"main", &T_rf_main, &T_sf_main, 2, main_sites, main_rv, main_sv};

static long fill(long *a, int n, int round) {
  struct __mig_sf_fill *__mig_sf = __mig_shadow_push(&__mig_fn_fill);
  int i = 0;
  int *ap = 0;
  int __mig_site;
  if (__builtin_expect(__mig_state != 0, 0)) {
    struct __mig_rf_fill *__mig_rf = __mig_rewind_frame(&__mig_fn_fill, &__mig_site);
    a = __mig_rf->a; n = __mig_rf->n; round = __mig_rf->round; i = __mig_rf->i; ap = __mig_rf->ap;
    switch (__mig_site) { case 1: goto __mig_resume_1; }
  }
  __mig_sf->acc[0] = __mig_sf->acc[1] = 0;
  ap = __mig_sf->acc;
  for (i = 0; i < n; i++) {
    __MIG_POLL(1)
    a[i] = a[i] * 3 + round + i;
    ap[i & 1] += (int)(a[i] % 7);
  }
  {
    long r = __mig_sf->acc[0] * 1000L + __mig_sf->acc[1];
    __mig_shadow_pop(__mig_sf);
    return r;
  }
__mig_unwind_1: {
    struct __mig_rf_fill *__mig_rf = __mig_unwind_frame(&__mig_fn_fill, __mig_site, __mig_sf);
    __mig_rf->a = a; __mig_rf->n = n; __mig_rf->round = round; __mig_rf->i = i; __mig_rf->ap = ap;
    return 0;
  }
}

static int user_main(void) {
  struct __mig_sf_main *__mig_sf = __mig_shadow_push(&__mig_fn_main);
  int round;
  long *a = 0;
  long r;
  int __mig_site;
  if (__builtin_expect(__mig_state != 0, 0)) {
    struct __mig_rf_main *__mig_rf = __mig_rewind_frame(&__mig_fn_main, &__mig_site);
    round = __mig_rf->round; a = __mig_rf->a; r = __mig_rf->r;
    switch (__mig_site) { case 1: goto __mig_resume_1; case 2: goto __mig_resume_2; }
  }
  memcpy(__mig_sf->tag, "alloca", 7);
  for (round = 0; round < 40; round++) {
    __MIG_POLL(1)
    a = __mig_shadow_alloca(64 * sizeof(long));
    memset(a, 0, 64 * sizeof(long));
  __mig_resume_2:
    r = fill(a, 64, round);
    __MIG_AFTER_CALL(2);
    printf("%s round %d: %ld %ld\n", __mig_sf->tag, round, r, a[63]);
  }
  __mig_shadow_pop(__mig_sf);
  return 0;
__mig_unwind_1: __mig_unwind_2: {
    struct __mig_rf_main *__mig_rf = __mig_unwind_frame(&__mig_fn_main, __mig_site, __mig_sf);
    __mig_rf->round = round; __mig_rf->a = a; __mig_rf->r = r;
    return 0;
  }
}

int __mig_user_main(int argc, char **argv, char **envp) {
  (void)argc; (void)argv; (void)envp;
  return user_main();
}

static const __mig_func *const migratable[] = {&__mig_fn_main, &__mig_fn_fill};
static const __mig_type *const types[] = {&T_rf_fill, &T_sf_fill, &T_rf_main, &T_sf_main};
static const __mig_unit unit = {MIG_ABI_VERSION, "alloca.c", 0, 0, 0, 0, migratable, 2, 0, 0,
                                types, 4};
__attribute__((constructor)) static void register_unit(void) { __mig_register_unit(&unit); }
