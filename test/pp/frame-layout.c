// mig-pp --print-frame-layout prints the frame layout of each transformed
// function (preprocessor/src/FrameLayout.h), the analysis that decides which
// locals are saved and where, without the rest of the transformation: a
// local visible at a site is saved, in the register frame unless its address
// escapes (then the shadow frame); a va_list and an escaping compound literal
// go to the shadow frame too; locals that share a name are renamed; a VLA is
// a pointer to a block on the shadow stack; a local in scope at no site (the
// counted loop's i: an innermost counted loop has no poll point) and a
// va_list after its va_end are not saved.
// REQUIRES: mig-pp
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c --print-frame-layout | %FileCheck %s
#include <mig.h>
#include <stdarg.h>
#include <stdio.h>

static void touch(int *p) { *p += 1; }

// CHECK-LABEL: frame layout of work: shadow frame
// CHECK-NEXT:    register n: int, parameter
// CHECK-NEXT:    register sum: int
// CHECK-NEXT:    shadow   counter: int
// CHECK-NEXT:    register v: int *, variable-length array on the shadow stack
// CHECK-NEXT:    register x__m1 (was x): int
// CHECK-NEXT:    register x__m2 (was x): int
// CHECK-NEXT:    register lit: int *
// CHECK-NEXT:    shadow   __mig_cl1: int[2], compound literal
static int work(int n) {
  int sum = 0;
  int counter = 0;
  int v[n];
  for (int i = 0; i < n; i++)
    v[i] = i;
  touch(&counter);
  {
    int x = 1;
    mig_checkpoint();
    sum += x;
  }
  {
    int x = 2;
    int *lit = (int[2]){3, 4};
    touch(lit);
    mig_checkpoint();
    sum += x + v[0];
  }
  return sum + counter;
}

// CHECK-LABEL: frame layout of sumv: shadow frame
// CHECK-NEXT:    register n: int, parameter
// CHECK-NEXT:    shadow   ap: va_list
// CHECK-NEXT:    register s: int
// CHECK-LABEL: frame layout of sumv2:
// CHECK-NOT:     shadow
// CHECK-NEXT:    register n: int, parameter
// CHECK-NEXT:    register s: int
// CHECK-NEXT:  frame layout of main:
// CHECK-EMPTY:
static int sumv(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = va_arg(ap, int);
  mig_checkpoint();
  for (int i = 1; i < n; i++)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

static int sumv2(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int);
  va_end(ap);
  mig_checkpoint();
  return s;
}

int main(void) {
  printf("%d %d %d\n", work(4), sumv(2, 1, 2), sumv2(2, 1, 2));
  return 0;
}
