// Variable-length arrays live at poll points and migratable calls. The C
// stack holding a VLA is gone after an unwind, and resume gotos may not jump
// into the scope of a variably modified declaration, so mig-pp stores a saved
// VLA as a pointer to a typed block on the shadow stack
// (__mig_shadow_vla), evaluates its bounds once at the declaration into
// saved temporaries, and turns each reference into a cast back to the VLA
// type: sizeof, decay, indexing, multi-dimensional VLAs, VLAs of structs,
// doubles and pointers, and pointers to VLA types keep working, and the
// elements are converted on a cross-architecture restore. (A VLA used only
// between poll points stays a VLA: vla-scoped.c; what is still refused:
// vla-rejected.c.)
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d --spread 40 --aarch64-stops 10
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

struct pt { double x; short tag; };

static long total(int n, const int *p) {
  long s = 0;
  for (int i = 0; i < n; i++)
    s += tick(p[i]);
  return s;
}

// A parameter of variably modified type keeps its type; its frame field is a
// plain pointer.
// CHECK-LABEL: static long fill(int n, int m, int a[n][m]) {
// CHECK-SAME: struct __mig_rf_fill {int n; int m; void *a;
static long fill(int n, int m, int a[n][m]) {
  long s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) {
      a[i][j] = tick(i * 10 + j);
      s += a[i][j];
    }
  return s;
}

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: {int n; int m; int *v; int i__m1; int *a; double *d; struct pt *pts; int **ptrs; int i__m2; int j__m1; void *row;
int main(void) {
  int n = tick(5), m = tick(3);
  // CHECK: [[VN:__mig_t[0-9]+]] = (n), v = (int *)__mig_shadow_vla(v, sizeof(int {{\[}}[[VN]]]), &__mig_type_int, 1);
  int v[n];
  // The bound was evaluated at the declaration: changing n does not resize v.
  n = n + 100;
  // CHECK: for (i__m1 = 0; i__m1 < 5; i__m1++)
  // CHECK: (*(int (*){{\[}}[[VN]]])v)[i__m1] = {{__mig_t[0-9]+}} * i__m1;
  for (int i = 0; i < 5; i++)
    v[i] = tick(i) * i;
  // CHECK: [[AN:__mig_t[0-9]+]] = (m + 1), [[AM:__mig_t[0-9]+]] = (m), a = (int *)__mig_shadow_vla(a, sizeof(int {{\[}}[[AN]]]{{\[}}[[AM]]]), &__mig_type_int, 2);
  int a[m + 1][m];
  printf("fill=%ld\n", fill(m + 1, m, a));
  double d[m][3];
  struct pt pts[m];
  int *ptrs[m];
  for (int i = 0; i < m; i++) {
    for (int j = 0; j < 3; j++)
      d[i][j] = tick(i) + j / 4.0;
    pts[i].x = d[i][1];
    pts[i].tag = (short)(i * 7);
    ptrs[i] = &v[i];
  }
  // CHECK: [[RM:__mig_t[0-9]+]] = (m), (*(int (**){{\[}}[[RM]]])&row) = (*(int (*)[{{.*}}][{{.*}}])a) + 1;
  int (*row)[m] = a + 1;
  long s = 0;
  for (int r = 0; r < 2; r++, row++)
    for (int j = 0; j < m; j++)
      s += tick((*row)[j]);
  printf("rows=%ld\n", s);
  // sizeof and decay.
  printf("sizes %zu %zu %zu %zu %zu\n", sizeof v, sizeof a, sizeof a[0], sizeof d, sizeof pts);
  printf("total=%ld\n", total(5, v));
  for (int i = 0; i < m; i++)
    printf("d=%.2f %.2f pt=%.2f/%d *p=%d\n", d[i][0], d[i][2], pts[i].x, pts[i].tag,
           tick(*ptrs[i]));
  // A VLA declared again on every iteration, with a bound that calls a
  // migratable function.
  for (int r = 1; r < 5; r++) {
    int w[tick(r)];
    for (int i = 0; i < r; i++)
      w[i] = tick(i + r);
    long ws = 0;
    for (int i = 0; i < r; i++)
      ws += w[i];
    printf("r=%d ws=%ld sizeof=%zu\n", r, ws, sizeof w);
  }
  return 0;
}
