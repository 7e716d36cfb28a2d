// GNU C and C11 extensions that real programs and glibc's headers use, in
// transformed functions: asm labels on a function and a global, case ranges,
// statement expressions with __typeof__, labels as values (a static table of
// `&&label` stays in its function: it cannot move to file scope), __auto_type
// and typeof, range designators, __int128, _Complex, _Atomic, _Static_assert,
// _Generic, flexible array members, __attribute__((cleanup)) in a scope with
// no poll point, __builtin_choose_expr/__builtin_constant_p, `a ?: b`.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <complex.h>

// CHECK: extern int real_add(int, int) __asm__("migtest_add");
extern int real_add(int, int) __asm__("migtest_add");
int real_add(int a, int b) { return a + b; }
static int counter __asm__("migtest_counter") = 7;

static int spin(int n) { int s = 0; while (n-- > 0) s += n & 1; return s; }

static void release(char **p) { printf("release %s\n", *p); free(*p); }

struct flex { int n; int data[]; };

static int classify(int k) {
  switch (k) {
  case 0 ... 3: return 1;
  case 4 ... 9: return 2;
  default: return 3;
  }
}

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })

// CHECK-LABEL: static int walk(int n) {
// CHECK: static void *targets[] = {&&even, &&odd};
// CHECK: goto *targets[i & 1];
static int walk(int n) {
  static void *targets[] = {&&even, &&odd};
  int acc = 0;
  for (int i = 0; i < n; i++) {
    goto *targets[i & 1];
  even:
    acc += spin(i);
    continue;
  odd:
    acc -= 1;
  }
  return acc;
}

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: int x = {0}; int y = {0};
int main(void) {
  __auto_type x = spin(10);
  typeof(x) y = x * 2;
  __typeof__(y) arr[4] = {[0 ... 3] = 9};
  __int128 big = (__int128)1 << 100;
  unsigned __int128 ubig = ~(unsigned __int128)0;
  double _Complex z = 1.0 + 2.0 * I;
  _Atomic int at = 5;
  atomic_fetch_add(&at, spin(6));
  _Static_assert(sizeof(int) == 4, "int");
  int g = _Generic(x, int: 1, long: 2, default: 3);
  struct flex *f = malloc(sizeof(struct flex) + 4 * sizeof(int));
  f->n = 4;
  for (int i = 0; i < f->n; i++) f->data[i] = i * i + spin(i);
  int total = 0;
  for (int r = 0; r < 3; r++) {
    total += MAX(spin(r), r) + classify(r * 4) + real_add(r, counter);
    {
      // no poll point and no migratable call in its scope: kept as written
      // CHECK: __attribute__((cleanup(release))) char *msg = __mig_strdup("round");
      __attribute__((cleanup(release))) char *msg = strdup("round");
      total += __builtin_choose_expr(1, 10, 20) + __builtin_constant_p(r) + (int)strlen(msg);
    }
  }
  int m = x ?: spin(2);
  printf("x=%d y=%d arr=%d big=%llu ubig=%llu z=%.1f+%.1fi at=%d g=%d f=%d,%d total=%d walk=%d m=%d\n",
         x, y, arr[3], (unsigned long long)(big >> 64), (unsigned long long)(ubig >> 100),
         creal(z), cimag(z), atomic_load(&at), g, f->data[3], f->n, total, walk(9), m);
  free(f);
  return 0;
}
