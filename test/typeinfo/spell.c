// spellType / spellAssignableType: "name: <spellType> | <spellAssignableType>"
// for every variable, "<none>" when the type cannot be named at file scope.
// RUN: typeinfo-dump --spell %s -- --target=x86_64-linux-gnu | %FileCheck %s --check-prefixes=CHECK,X86
// RUN: typeinfo-dump --spell %s -- --target=aarch64-linux-gnu | %FileCheck %s --check-prefixes=CHECK,A64
// RUN: typeinfo-dump --spell %s -- --target=x86_64-linux-gnu -std=gnu2x | %FileCheck %s --check-prefix=C23
// C23-NOT: typeof(
#include <stdarg.h>
#include <stddef.h>

typedef struct { int a; } TA;
struct S { int x; };
typedef const int CI;
typedef int A3[3];
typedef const A3 CA3;

int gx;
// CHECK: gx: int gx | int gx
__typeof__(gx) g_typeof;
// CHECK: g_typeof: int g_typeof | int g_typeof
__typeof__(struct S) g_typeof2;
// CHECK: g_typeof2: struct S g_typeof2 | struct S g_typeof2
CI g_ci;
// CHECK: g_ci: CI g_ci | int g_ci
const A3 g_ca;
// CHECK: g_ca: const A3 g_ca | A3 g_ca
CA3 g_ca2;
// CHECK: g_ca2: CA3 g_ca2 | A3 g_ca2
const int g_cia[2][3];
// CHECK: g_cia: const int g_cia[2][3] | int g_cia[2][3]
const char *const g_cp;
// CHECK: g_cp: const char *const g_cp | const char *g_cp
char *const volatile g_pcv[4];
// CHECK: g_pcv: char *const volatile g_pcv[4] | char *g_pcv[4]
int (*g_fp)(int, char *);
// CHECK: g_fp: int (*g_fp)(int, char *) | int (*g_fp)(int, char *)
int (*g_arrp)[3];
// CHECK: g_arrp: int (*g_arrp)[3] | int (*g_arrp)[3]
void (*g_fparr[2])(void);
// CHECK: g_fparr: void (*g_fparr[2])(void) | void (*g_fparr[2])(void)
int (*(*g_fpret)(void))[4];
// CHECK: g_fpret: int (*(*g_fpret)(void))[4] | int (*(*g_fpret)(void))[4]
_Bool g_bool;
// CHECK: g_bool: _Bool g_bool | _Bool g_bool
// C23: g_bool: bool g_bool | bool g_bool
_Atomic(int) g_at;
// CHECK: g_at: _Atomic(int) g_at | _Atomic(int) g_at
TA g_ta;
// CHECK: g_ta: TA g_ta | TA g_ta
const volatile TA g_cvta[2][2];
// CHECK: g_cvta: const volatile TA g_cvta[2][2] | TA g_cvta[2][2]
va_list g_va;
// CHECK: g_va: va_list g_va | va_list g_va
size_t g_sz;
// CHECK: g_sz: size_t g_sz | size_t g_sz
int *restrict g_rp;
// CHECK: g_rp: int *restrict g_rp | int *restrict g_rp
unsigned __int128 g_u128;
// CHECK: g_u128: unsigned __int128 g_u128 | unsigned __int128 g_u128
_Complex double g_cd;
// CHECK: g_cd: _Complex double g_cd | _Complex double g_cd
long double g_ld;
// CHECK: g_ld: long double g_ld | long double g_ld
// Unnamed types are named through the first file-scope variable or typedef
// declared with them.
struct { int z; } g_unnamed;
// CHECK: g_unnamed: __typeof__(g_unnamed) g_unnamed | __typeof__(g_unnamed) g_unnamed
struct { int z; } *g_unnamedp[2];
// CHECK: g_unnamedp: __typeof__((*g_unnamedp[0])) *g_unnamedp[2] | __typeof__((*g_unnamedp[0])) *g_unnamedp[2]
enum { EA } g_anonenum;
// CHECK: g_anonenum: __typeof__(g_anonenum) g_anonenum | __typeof__(g_anonenum) g_anonenum
typedef struct { int q; } *PT;
__typeof__(*(PT)0) g_pt;
// CHECK: g_pt: __typeof__((*(*(PT *)0))) g_pt | __typeof__((*(*(PT *)0))) g_pt
const struct { int c; } g_unnamed_const;
// CHECK: g_unnamed_const: <none> | <none>
// Unnamed member types are named through the member.
struct holder { struct { int q; } one, arr[2][3]; union { struct { char c; } inner; int i; }; enum { HA } e; };
struct holder g_h;
__typeof__(g_h.one) g_one;
// CHECK: g_one: __typeof__(((struct holder *)0)->one) g_one | __typeof__(((struct holder *)0)->one) g_one
const __typeof__(g_h.arr) g_arr;
// CHECK: g_arr: const __typeof__(((struct holder *)0)->one) g_arr[2][3] | __typeof__(((struct holder *)0)->one) g_arr[2][3]
__typeof__(g_h.inner) *g_inner;
// CHECK: g_inner: __typeof__(((struct holder *)0)->inner) *g_inner | __typeof__(((struct holder *)0)->inner) *g_inner
__typeof__(g_h.e) g_e;
// CHECK: g_e: __typeof__(((struct holder *)0)->e) g_e | __typeof__(((struct holder *)0)->e) g_e

void f(int n, va_list ap, int p[static 3], const char s[]) {
  // CHECK: n: int n | int n
  // X86: ap: __typeof__((*(__builtin_va_list *)0)[0]) *ap | __typeof__((*(__builtin_va_list *)0)[0]) *ap
  // A64: ap: va_list ap | va_list ap
  // CHECK: p: int *p | int *p
  // CHECK: s: const char *s | const char *s
  typedef struct { int q; } LT;
  struct L { int y; } l;
  // CHECK: l: <none> | <none>
  LT lt;
  // CHECK: lt: <none> | <none>
  typedef int myint;
  myint mi;
  // CHECK: mi: int mi | int mi
  int vla[n];
  // CHECK: vla: <none> | <none>
  int (*pvla)[n];
  // CHECK: pvla: <none> | <none>
  __typeof__(l) tl;
  // CHECK: tl: <none> | <none>
  __typeof__(l.y) tly;
  // CHECK: tly: int tly | int tly
  __typeof__(n) *tn;
  // CHECK: tn: int *tn | int *tn
  const struct S cs = {0};
  // CHECK: cs: const struct S cs | struct S cs
  enum LE { LA } le;
  // CHECK: le: <none> | <none>
  __auto_type au = &cs;
  // CHECK: au: const struct S *au | const struct S *au
  char cstr[] = "hi";
  // CHECK: cstr: char cstr[3] | char cstr[3]
  va_list ap2;
  // CHECK: ap2: va_list ap2 | va_list ap2
  struct L *lp;
  // CHECK: lp: <none> | <none>
  (void)l; (void)lt; (void)mi; (void)vla; (void)pvla; (void)tl; (void)tly;
  (void)tn; (void)le; (void)au; (void)cstr; (void)ap2; (void)lp;
}
