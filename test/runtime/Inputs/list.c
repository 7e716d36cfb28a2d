/* Hand-transformed test program, in the shape mig-pp produces (docs/design.md).
 *
 * Original program (what mig-pp would have been given):
 *
 *   struct node { int v; signed char tag; long double w; struct node *next;
 *                 long double *wp; unsigned flags : 3; int delta : 7;
 *                 unsigned char uc; short s; unsigned long long big; };
 *   struct node *head; int counter; unsigned long long total;
 *   long double ldsum; short small[5]; int (*ops[3])(int);
 *   const char *msg = "hello";
 *   struct cfg { unsigned a : 2, b : 5; int c; } g_cfg = {1, 17, -5};
 *
 *   long rec(int n) { poll; if (n == 0) return work(); long r = rec(n - 1);
 *                     return r + n % 7; }
 *   long work(void) { for (i...) { poll; walk the list, update... } }
 *   int main(int argc, char **argv) {
 *     int buf[4]; int *bp = buf;   // buf escapes: shadow frame
 *     for (i...) { poll; build the list }
 *     r = rec(DEPTH); print everything
 *   }
 *
 * Heap list with pointers into the middle of structs, a 10,000-deep
 * recursion, globals, a function-pointer table, long double, bitfields and
 * mixed integer widths. On AArch64 struct node's `w` is over-aligned so the
 * two targets' layouts differ and pointers really are re-based.
 */
#include <mig/abi.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DEPTH
#define DEPTH 10000
#endif
#ifdef __aarch64__
#define W_ALIGN 32 /* differs from x86-64 on purpose */
#else
#define W_ALIGN 16
#endif

struct node {
  int v;
  signed char tag;
  long double w __attribute__((aligned(W_ALIGN)));
  struct node *next;
  long double *wp; /* points into the middle of another node */
  unsigned flags : 3;
  int delta : 7;
  unsigned char uc;
  short s;
  unsigned long long big;
};

struct cfg {
  unsigned a : 2, b : 5;
  int c;
};

struct node *head;
int counter;
unsigned long long total;
long double ldsum;
short small[5];
int (*ops[3])(int);
static const char __mig_lit_0[] = "hello";
const char *msg = __mig_lit_0;
struct cfg g_cfg = {1, 17, -5};

static int op_inc(int x) { return x + 1; }
static int op_dbl(int x) { return 2 * x; }
static int op_neg(int x) { return -x; }

/*--- Type descriptors -------------------------------------------------------*/
#define F(S, f, T, n) {#f, &T, offsetof(S, f), n, 0, 0}
#define BF(f, T, w, i) {#f, &T, 0, 1, w, i}

static void node_probe(unsigned i, void *buf) {
  struct node *n = buf;
  if (i == 0) n->flags = 7;
  else n->delta = -1;
}
static void cfg_probe(unsigned i, void *buf) {
  struct cfg *c = buf;
  if (i == 0) c->a = 3;
  else c->b = 31;
}

static const __mig_field node_fields[] = {
    F(struct node, v, __mig_type_int, 1),     F(struct node, tag, __mig_type_schar, 1),
    F(struct node, w, __mig_type_ldouble, 1), F(struct node, next, __mig_type_ptr, 1),
    F(struct node, wp, __mig_type_ptr, 1),    BF(flags, __mig_type_uint, 3, 0),
    BF(delta, __mig_type_int, 7, 1),          F(struct node, uc, __mig_type_uchar, 1),
    F(struct node, s, __mig_type_short, 1),   F(struct node, big, __mig_type_ullong, 1)};
static const __mig_type T_node = {"struct node", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                  sizeof(struct node), _Alignof(struct node), 10,
                                  node_fields, node_probe};
static const __mig_field cfg_fields[] = {BF(a, __mig_type_uint, 2, 0),
                                         BF(b, __mig_type_uint, 5, 1),
                                         F(struct cfg, c, __mig_type_int, 1)};
static const __mig_type T_cfg = {"struct cfg", MIG_K_STRUCT, 0, sizeof(struct cfg),
                                 _Alignof(struct cfg), 3, cfg_fields, cfg_probe};

/* Frames. */
struct __mig_rf_main { int argc; char **argv; int i; long r; struct node *n; int *bp; };
struct __mig_sf_main { int buf[4]; };
struct __mig_rf_rec { int n; long r; };
struct __mig_rf_work { int i; long acc; struct node *p; };

static const __mig_field rf_main_fields[] = {
    F(struct __mig_rf_main, argc, __mig_type_int, 1), F(struct __mig_rf_main, argv, __mig_type_ptr, 1),
    F(struct __mig_rf_main, i, __mig_type_int, 1),    F(struct __mig_rf_main, r, __mig_type_long, 1),
    F(struct __mig_rf_main, n, __mig_type_ptr, 1),    F(struct __mig_rf_main, bp, __mig_type_ptr, 1)};
static const __mig_type T_rf_main = {"frame main", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                     sizeof(struct __mig_rf_main), _Alignof(struct __mig_rf_main),
                                     6, rf_main_fields, 0};
static const __mig_field sf_main_fields[] = {F(struct __mig_sf_main, buf, __mig_type_int, 4)};
static const __mig_type T_sf_main = {"shadow main", MIG_K_STRUCT, 0, sizeof(struct __mig_sf_main),
                                     _Alignof(struct __mig_sf_main), 1, sf_main_fields, 0};
static const __mig_field rf_rec_fields[] = {F(struct __mig_rf_rec, n, __mig_type_int, 1),
                                            F(struct __mig_rf_rec, r, __mig_type_long, 1)};
static const __mig_type T_rf_rec = {"frame rec", MIG_K_STRUCT, 0, sizeof(struct __mig_rf_rec),
                                    _Alignof(struct __mig_rf_rec), 2, rf_rec_fields, 0};
static const __mig_field rf_work_fields[] = {F(struct __mig_rf_work, i, __mig_type_int, 1),
                                             F(struct __mig_rf_work, acc, __mig_type_long, 1),
                                             F(struct __mig_rf_work, p, __mig_type_ptr, 1)};
static const __mig_type T_rf_work = {"frame work", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                     sizeof(struct __mig_rf_work), _Alignof(struct __mig_rf_work),
                                     3, rf_work_fields, 0};

static const char *const main_sites[] = {"list.c:1", "list.c:2"};
static const char *const main_rvars[] = {"argc", "argv", "i", "r", "n", "bp"};
static const char *const main_svars[] = {"buf"};
static const __mig_func __mig_fn_main = {"main", &T_rf_main, &T_sf_main, 2, main_sites,
                                         main_rvars, main_svars};
static const char *const rec_sites[] = {"list.c:3", "list.c:4", "list.c:5"};
static const char *const rec_rvars[] = {"n", "r"};
static const __mig_func __mig_fn_rec = {"rec", &T_rf_rec, 0, 3, rec_sites, rec_rvars, 0};
static const char *const work_sites[] = {"list.c:6"};
static const char *const work_rvars[] = {"i", "acc", "p"};
static const __mig_func __mig_fn_work = {"work", &T_rf_work, 0, 1, work_sites, work_rvars, 0};

/*--- Transformed functions ----------------------------------------------------*/
static long work(void) {
  int i;
  long acc;
  struct node *p = 0;
  int __mig_site;
  if (__builtin_expect(__mig_state != 0, 0)) {
    struct __mig_rf_work *__mig_rf = __mig_rewind_frame(&__mig_fn_work, &__mig_site);
    i = __mig_rf->i; acc = __mig_rf->acc; p = __mig_rf->p;
    switch (__mig_site) { case 1: goto __mig_resume_1; }
  }
  acc = 0;
  for (i = 0; i < 300; i++) {
    __MIG_POLL(1)
    p = head;
    while (p) { /* innermost loop without calls: no poll */
      p->v = ops[(unsigned)(p->v + i) % 3](p->v) % 100000;
      p->w += *p->wp / 8;
      p->flags = (p->flags + 1) & 7;
      p->delta = p->delta > 60 ? -60 : p->delta + 3;
      p->uc = (unsigned char)(p->uc * 3 + 1);
      p->s = (short)(p->s - 7);
      p->big = p->big * 6364136223846793005ull + 1442695040888963407ull;
      acc += p->v + p->tag + p->flags + p->delta;
      p = p->next;
    }
    counter++;
    total += (unsigned long long)acc;
    ldsum += (long double)acc / 3;
    small[i % 5] = (short)(small[i % 5] + i);
    g_cfg.a = (g_cfg.a + 1) & 3;
    g_cfg.b = (g_cfg.b + 5) & 31;
    g_cfg.c -= 1;
  }
  return acc;
__mig_unwind_1: {
    struct __mig_rf_work *__mig_rf = __mig_unwind_frame(&__mig_fn_work, __mig_site, 0);
    __mig_rf->i = i; __mig_rf->acc = acc; __mig_rf->p = p;
    return 0;
  }
}

static long rec(int n) {
  long r;
  int __mig_site;
  if (__builtin_expect(__mig_state != 0, 0)) {
    struct __mig_rf_rec *__mig_rf = __mig_rewind_frame(&__mig_fn_rec, &__mig_site);
    n = __mig_rf->n; r = __mig_rf->r;
    switch (__mig_site) {
    case 1: goto __mig_resume_1;
    case 2: goto __mig_resume_2;
    case 3: goto __mig_resume_3;
    }
  }
  __MIG_POLL(1) /* entry poll: rec is on a call-graph cycle */
  if (n == 0) {
  __mig_resume_2:
    r = work();
    __MIG_AFTER_CALL(2);
    return r;
  }
__mig_resume_3:
  r = rec(n - 1);
  __MIG_AFTER_CALL(3);
  return r + n % 7;
__mig_unwind_1: __mig_unwind_2: __mig_unwind_3: {
    struct __mig_rf_rec *__mig_rf = __mig_unwind_frame(&__mig_fn_rec, __mig_site, 0);
    __mig_rf->n = n; __mig_rf->r = r;
    return 0;
  }
}

static int user_main(int argc, char **argv) {
  struct __mig_sf_main *__mig_sf = __mig_shadow_push(&__mig_fn_main);
  int i;
  long r;
  struct node *n = 0;
  int *bp = 0;
  int __mig_site;
  if (__builtin_expect(__mig_state != 0, 0)) {
    struct __mig_rf_main *__mig_rf = __mig_rewind_frame(&__mig_fn_main, &__mig_site);
    argc = __mig_rf->argc; argv = __mig_rf->argv; i = __mig_rf->i; r = __mig_rf->r;
    n = __mig_rf->n; bp = __mig_rf->bp;
    switch (__mig_site) { case 1: goto __mig_resume_1; case 2: goto __mig_resume_2; }
  }
  ops[0] = op_inc; ops[1] = op_dbl; ops[2] = op_neg;
  bp = __mig_sf->buf;
  printf("start %s argc=%d msg=%s\n", argv[1] ? argv[1] : "-", argc, msg);
  for (i = 0; i < 50; i++) {
    __MIG_POLL(1)
    n = __mig_malloc(sizeof *n, &T_node);
    memset(n, 0, sizeof *n);
    n->v = i * 37 % 101;
    n->tag = (signed char)(i % 2 ? -i : i);
    n->w = (long double)i / 7;
    n->next = head;
    n->wp = head ? &head->w : &n->w;
    n->flags = i & 7;
    n->delta = (i % 20) - 10;
    n->uc = (unsigned char)(250 + i);
    n->s = (short)(-i * 1000);
    n->big = 0xfedcba9876543210ull ^ (unsigned long long)i;
    head = n;
    bp[i % 4] += i;
    if (i % 10 == 9) printf("built %d\n", i + 1);
  }
  n = 0;
__mig_resume_2:
  r = rec(DEPTH);
  __MIG_AFTER_CALL(2);
  printf("r=%ld counter=%d total=%llu\n", r, counter, total);
  printf("ldsum=%.12Lg\n", ldsum);
  printf("small=%d %d %d %d %d cfg=%u %u %d\n", small[0], small[1], small[2], small[3],
         small[4], g_cfg.a, g_cfg.b, g_cfg.c);
  printf("buf=%d %d %d %d argv0ok=%d\n", bp[0], bp[1], bp[2], bp[3], argv[0] != 0);
  for (n = head; n; n = n->next)
    if (n->v % 5 == 0)
      printf("v=%d tag=%d w=%.12Lg f=%u d=%d uc=%u s=%d big=%llx\n", n->v, n->tag, n->w,
             n->flags, n->delta, n->uc, n->s, n->big);
  __mig_shadow_pop(__mig_sf);
  return 0;
__mig_unwind_1: __mig_unwind_2: {
    struct __mig_rf_main *__mig_rf = __mig_unwind_frame(&__mig_fn_main, __mig_site, __mig_sf);
    __mig_rf->argc = argc; __mig_rf->argv = argv; __mig_rf->i = i; __mig_rf->r = r;
    __mig_rf->n = n; __mig_rf->bp = bp;
    return 0;
  }
}

int __mig_user_main(int argc, char **argv, char **envp) {
  (void)envp;
  return user_main(argc, argv);
}

/*--- Unit registration ---------------------------------------------------------*/
static const __mig_global globals[] = {
    {"head", &head, &__mig_type_ptr, 1},       {"counter", &counter, &__mig_type_int, 1},
    {"total", &total, &__mig_type_ullong, 1},  {"ldsum", &ldsum, &__mig_type_ldouble, 1},
    {"small", small, &__mig_type_short, 5},    {"ops", ops, &__mig_type_fnptr, 3},
    {"msg", &msg, &__mig_type_ptr, 1},         {"g_cfg", &g_cfg, &T_cfg, 1}};
static const __mig_function_ref functions[] = {{"list.c:op_inc", (void (*)(void))op_inc},
                                               {"list.c:op_dbl", (void (*)(void))op_dbl},
                                               {"list.c:op_neg", (void (*)(void))op_neg}};
static const __mig_func *const migratable[] = {&__mig_fn_main, &__mig_fn_rec, &__mig_fn_work};
static const __mig_literal literals[] = {{"list.c#0", __mig_lit_0, sizeof __mig_lit_0}};
static const __mig_type *const types[] = {&T_node, &T_cfg, &T_rf_main, &T_sf_main,
                                          &T_rf_rec, &T_rf_work};
static const __mig_unit unit = {MIG_ABI_VERSION, "list.c", globals, 8, functions, 3,
                                migratable, 3, literals, 1, types, 6};
__attribute__((constructor)) static void register_unit(void) { __mig_register_unit(&unit); }
