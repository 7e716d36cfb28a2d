// A clean program built with `-O2 -Wall -Wextra -Werror` through mig-pp: its
// output adds no warning the source does not have, and pragmas that must
// start their compound statement stay there.
//  * `#pragma STDC FP_CONTRACT OFF` and `#pragma clang fp ...` at the start
//    of a transformed function's body: the hoisted declarations and the
//    rewind dispatch go after them (before: "'#pragma fp_contract' can only
//    appear at file scope or at the start of a compound statement");
//  * an array parameter `int v[]` saved in a frame: its size is taken from
//    its type, not `sizeof v` (before: -Wsizeof-array-argument);
//  * the shared unwind entry and the continue labels of linearized loops are
//    `unused` labels (before: -Wunused-label);
//  * a transformed function declared `_Noreturn` or `noreturn` returns when
//    it unwinds: mig-pp drops the attribute (before: -Winvalid-noreturn, and
//    the caller's after-call test was deleted as dead code, so a stop inside
//    `die` crashed) and marks the caller's code after the call unreachable
//    (no -Wreturn-type in `check`);
//  * `if ((a == b))` from a macro in preprocessed text: migcc turns
//    -Wparentheses-equality off for mig-pp's output (test/driver would show
//    the flag; here the RUN line passes it as migcc does).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %clang -O2 -Wall -Wextra -Werror -Wno-parentheses-equality -I %mig-include -c %t.mig.c -o %t.o
// RUN: %clang -O2 -Wall -Wextra -Werror -c %s -o %t.ref.o
// RUN: %migcc -O2 -Wall -Wextra -Werror %s -o %t.exe
// RUN: %not %t.exe > %t.out
// RUN: %FileCheck %s --check-prefix=OUT --input-file %t.out
// RUN: %check-migration --max-all 10 --spread 8 --aarch64-stops 4 %s %t.d
#include <stdio.h>
#include <stdlib.h>

#define IS_ZERO(x) ((x) == 0)

static int next(int k) {
  int j = 0;
  while (j < k % 3)
    j++;
  return k + 1 + j - j;
}

// CHECK-LABEL: static double dot(const double *a, const double *b, int n) {
// CHECK-NEXT: #pragma STDC FP_CONTRACT OFF
// CHECK-NEXT: struct __mig_rf_dot
static double dot(const double *a, const double *b, int n) {
#pragma STDC FP_CONTRACT OFF
  double s = 0;
  int i = 0;
  while (i < n) {
    s += a[i] * b[i];
    i = next(i);
  }
  return s;
}

// CHECK-LABEL: static double scaled(double x, int n) {
// CHECK-NEXT: #pragma clang fp reassociate(off)
// CHECK-NEXT: struct __mig_rf_scaled
static double scaled(double x, int n) {
#pragma clang fp reassociate(off)
  double r = 0;
  for (int i = 0; i < n; i = next(i))
    r += x;
  return r;
}

// CHECK: __builtin_memcpy((void *)&v, (const void *)&__mig_rf->v, sizeof(__typeof__(v)));
static long sum(int v[], int n) {
  long s = 0;
  int i = 0;
  do {
    if (IS_ZERO(v[i] % 5))
      continue;
    s += v[i];
  } while ((i = next(i)) < n);
  return s;
}

// CHECK: static void stop(int code) __attribute__((__cold__));
static void stop(int code) __attribute__((noreturn));

// CHECK: static  void die(const char *msg, int n) {
static _Noreturn void die(const char *msg, int n) {
  int i = 0;
  while (i < n) {
    fputs(msg, stdout);
    i = next(i);
  }
  stop(n);
}

static void stop(int code) {
  int i = 0;
  while (i < code)
    i = next(i);
  exit(code);
}

// CHECK-LABEL: static int check(int x) {
// CHECK: die(__mig_str_{{[0-9]+}}, 2); __MIG_AFTER_CALL({{[0-9]+}}); __builtin_unreachable();
static int check(int x) {
  if (x > 100)
    return x;
  die("bye\n", 2);
}

int main(void) {
  int v[12];
  double a[8], b[8];
  for (int i = 0; i < 12; i++)
    v[i] = i * 7;
  for (int i = 0; i < 8; i++) {
    a[i] = i * 0.5;
    b[i] = 1.0 / (i + 1);
  }
  // OUT: sum 357 dot 2.6410714286 scaled 0.3000000000
  printf("sum %ld dot %.10f scaled %.10f\n", sum(v, 12), dot(a, b, 8), scaled(0.1, 3));
  // OUT-NEXT: bye
  // OUT-NEXT: bye
  return check(v[0]);
}
