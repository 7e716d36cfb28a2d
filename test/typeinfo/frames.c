// Frame structs (describeGeneratedStruct): typeinfo-dump writes one struct
// per function with a member per parameter/local, spelled with
// spellAssignableType, and describes it. Built and run for both targets and
// with gcc.
// RUN: %clang --target=x86_64-linux-gnu -E %s -o %t.x86.i
// RUN: typeinfo-dump %t.x86.i -- --target=x86_64-linux-gnu > %t.x86.c
// RUN: %clang --target=x86_64-linux-gnu -Wall -Werror -I %S/../../typeinfo/include %t.x86.c %S/Inputs/scalars.c -o %t.x86
// RUN: %t.x86 | %FileCheck %s --check-prefixes=CHECK,X86
// RUN: %clang --target=aarch64-linux-gnu -E %s -o %t.a64.i
// RUN: typeinfo-dump %t.a64.i -- --target=aarch64-linux-gnu > %t.a64.c
// RUN: %clang --target=aarch64-linux-gnu -Wall -Werror -I %S/../../typeinfo/include %t.a64.c %S/Inputs/scalars.c -o %t.a64
// RUN: %run-aarch64 %t.a64 | %FileCheck %s --check-prefixes=CHECK,A64
// RUN: gcc-12 -E %s -o %t.gcc.i
// RUN: typeinfo-dump %t.gcc.i -- --target=x86_64-linux-gnu > %t.gcc.c
// RUN: gcc-12 -Wall -Werror -I %S/../../typeinfo/include %t.gcc.c %S/Inputs/scalars.c -o %t.gcc
// RUN: %t.gcc | %FileCheck %s --check-prefixes=CHECK,X86
#include <stdarg.h>

struct node { int v; struct node *next; };
struct holder { int k; struct { char q; long r; } named[2]; union { int i; float f; }; };
struct holder g_h;
// CHECK-LABEL: global g_h: struct holder count=1

int sum(struct node *n, int lim) {
  int s = 0;
  const int cap[2] = {1, 2};
  struct node local = {0, 0};
  long double acc = 0;
  while (n && s < lim + cap[0]) { s += n->v; n = n->next; acc += s; }
  local.v = s;
  return local.v + (int)acc;
}
// CHECK-LABEL: frame sum: skipped:
// CHECK-NEXT: frame sum kind=STRUCT size=64 align=16 flags=--P- nfields=6
// CHECK-NEXT: [0] "n_0" ptr off=0 count=1
// CHECK-NEXT: [1] "lim_1" int off=8 count=1
// CHECK-NEXT: [2] "s_2" int off=12 count=1
// CHECK-NEXT: [3] "cap_3" int off=16 count=2
// CHECK-NEXT: [4] "local_4" struct node off=24 count=1
// CHECK-NEXT: struct node kind=STRUCT size=16 align=8 flags=--P- nfields=2
// CHECK:      [5] "acc_5" long double off=48 count=1

int vsum(int n, ...) {
  va_list ap;
  int t = 0;
  va_start(ap, n);
  while (n--) t += va_arg(ap, int);
  va_end(ap);
  return t;
}
// CHECK-LABEL: frame vsum: skipped:
// CHECK-NEXT: frame vsum kind=STRUCT
// CHECK-NEXT: [0] "n_0" int off=0 count=1
// CHECK-NEXT: [1] "ap_1" va_list off=8 count=1
// X86-NEXT: [2] "t_2" int off=32 count=1
// A64-NEXT: [2] "t_2" int off=40 count=1

// A va_list parameter is a pointer on x86-64 and a struct on AArch64: both
// are described as the unsafe "va_list".
int vhelper(int n, va_list ap) { return n + va_arg(ap, int); }
// CHECK-LABEL: frame vhelper: skipped:
// CHECK-NEXT: frame vhelper kind=STRUCT
// CHECK-NEXT: [0] "n_0" int off=0 count=1
// CHECK-NEXT: [1] "ap_1" va_list off=8 count=1

int anon_types(int x) {
  __typeof__(g_h.named[0]) one;
  __typeof__(g_h.named) two;
  struct local { int y; } l;
  one.q = (char)x; one.r = x;
  two[0] = one;
  l.y = x;
  return (int)two[0].r + l.y;
}
// Locals of an unnamed member type are described through the struct that
// declares that member.
// CHECK-LABEL: frame anon_types: skipped: l
// CHECK-NEXT: frame anon_types kind=STRUCT size=56 align=8 flags=---- nfields=3
// CHECK-NEXT: [0] "x_0" int off=0 count=1
// CHECK-NEXT: [1] "one_1" anon struct holder.1 off=8 count=1
// CHECK-NEXT: anon struct holder.1 kind=STRUCT size=16 align=8
// CHECK:      [2] "two_2" anon struct holder.1 off=24 count=2

int main_like(int argc, char **argv) {
  int (*fp)(struct node *, int) = sum;
  char buf[2][16];
  buf[0][0] = (char)argc;
  return fp(0, argc) + buf[0][0] + (argv != 0);
}
// CHECK-LABEL: frame main_like: skipped:
// CHECK-NEXT: frame main_like kind=STRUCT size=56 align=8 flags=--P- nfields=4
// CHECK-NEXT: [0] "argc_0" int off=0 count=1
// CHECK-NEXT: [1] "argv_1" ptr off=8 count=1
// CHECK-NEXT: [2] "fp_2" int (*)(struct node *, int) off=16 count=1
// CHECK-NEXT: [3] "buf_3" char off=24 count=32
