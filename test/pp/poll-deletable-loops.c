// Poll policy: a loop nest the optimizer removes gets no poll point, since a
// poll (a call and an exit needing every value) would keep it alive. Removed
// are pure nests (only private scalar locals written, no calls but pure
// builtins) whose results are dead, or that have a closed form (integer
// counters and sums of products of them). Loops with a store, an I/O call,
// a used result without a closed form, or a constant condition keep their
// polls (preprocessor/src/DeletableLoops.h).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
// Built by migcc -O2, the closed-form nest with n = 3000 (8.1e13 iterations
// if it were kept) and the dead nest finish: the optimizer folded them. The
// timeout only ends a broken build's run.
// RUN: %migcc -O2 %s -o %t.big
// RUN: timeout 600 %t.big 3000 | %FileCheck --check-prefix=BIG %s
// BIG: nest 81000013501500
#include <stdio.h>
#include <stdlib.h>

// CHECK-LABEL: static long nest(
static long nest(long n) {
  long x = 0, a, b, c, d;
  // CHECK: for (a = 0; a < n; a++)
  // CHECK-NEXT: for (b = 0; b < n; b++)
  // CHECK-NEXT: for (c = 0; c < n; c++)
  // CHECK-NEXT: for (d = 0; d < n; d++)
  // CHECK-NEXT: x++;
  for (a = 0; a < n; a++)
    for (b = 0; b < n; b++)
      for (c = 0; c < n; c++)
        for (d = 0; d < n; d++)
          x++;
  // CHECK: while (a > 0) {
  // CHECK-NEXT: x += a * 3 - 1;
  while (a > 0) { // closed form: a counter and a sum of products
    x += a * 3 - 1;
    a--;
  }
  return x;
}

// CHECK-LABEL: int __mig_main(
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 5;
  unsigned lcg = 1, noise = 7;
  double f = 0;
  long *v = malloc(64 * sizeof *v);
  // Dead results: the warm-up rounds' sums are never read.
  // CHECK: for (int w = 0; w < 100; w++) {
  // CHECK-NEXT: unsigned h = 0;
  // CHECK-NEXT: for (long i = 0; i < n * n * n * n; i++)
  // CHECK-NEXT: h = (h ^ (unsigned)i) * 16777619u;
  for (int w = 0; w < 100; w++) {
    unsigned h = 0;
    for (long i = 0; i < n * n * n * n; i++)
      h = (h ^ (unsigned)i) * 16777619u;
    noise = h;
  }
  // A used result with no closed form: polled.
  // CHECK: for ([[I:i.*]] = 0; [[I]] < n; [[I]]++)
  // CHECK-NEXT: { __MIG_POLL([[#]]) for (int k = 0; k < 8; k++)
  for (long i = 0; i < n; i++)
    for (int k = 0; k < 8; k++)
      lcg = lcg * 1103515245u + 12345u;
  // A float sum (no closed form in LLVM) with a used result: polled.
  // CHECK: for ([[J:i.*]] = 0; [[J]] < n; [[J]]++)
  // CHECK-NEXT: { __MIG_POLL([[#]]) for (int k = 0; k < 4; k++)
  for (long i = 0; i < n; i++)
    for (int k = 0; k < 4; k++)
      f += 0.5;
  // Stores to memory: polled.
  // CHECK: for (r = 0; r < 3; r++)
  // CHECK-NEXT: { __MIG_POLL([[#]]) for (int i = 0; i < 64; i++)
  for (int r = 0; r < 3; r++)
    for (int i = 0; i < 64; i++)
      v[i] = i * r;
  // A constant condition: C does not let the compiler assume it ends.
  // CHECK: for (;;) { __MIG_POLL([[#]])
  for (;;) {
    lcg = lcg * 69069u + 1;
    if ((lcg & 7) == 0)
      break;
  }
  printf("nest %ld\n", nest(n));
  printf("lcg %u f %.1f v %ld\n", lcg, f, v[63]);
  free(v);
  return 0;
}
