// goto and labels: backward and forward gotos around calls that reach poll
// points, a goto out of two nested loops and one to the end of a loop body.
// Resume labels are added next to the user's labels; the user's labels and
// gotos are kept as they are.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

// CHECK-LABEL: static int spin(int n) {
static int spin(int n) {
  int acc = 0, k = 0;
  // CHECK: while (k < n) { __MIG_POLL([[#]]) {
  while (k < n) {
    acc += (k * 3 + 1) % 1000; // no closed form: the loop keeps its poll
    k++;
  }
  return acc;
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int i = 0, total = 0;
  // CHECK: again:
  // CHECK: { __mig_resume_[[#]]: __mig_t[[#]] = spin(i); __MIG_AFTER_CALL([[#]]); total += __mig_t[[#]]; }
again:
  total += spin(i);
  // CHECK: if (++i < 6)
  // CHECK: goto again;
  if (++i < 6)
    goto again;
  printf("after again: %d\n", total);
  int j = 10;
  // CHECK: goto middle;
  goto middle;
  // CHECK: top:
top:
  j -= 3;
  printf("top j=%d\n", j);
  // CHECK: middle:
  // CHECK: __mig_resume_[[#]]: {{.*}} = spin(j % 5);
middle:
  total += spin(j % 5);
  printf("middle j=%d total=%d\n", j, total);
  // CHECK: goto top;
  if (j > 0)
    goto top;
  // CHECK: for (a = 0; a < 3; a++) { __MIG_POLL([[#]]) {
  for (int a = 0; a < 3; a++) {
    int b = 0;
    // CHECK: while (1) { __MIG_POLL([[#]]) {
    while (1) {
      b += spin(a + 1);
      // CHECK: goto out;
      if (b > 9)
        goto out;
      // CHECK: goto next;
      if (b % 2)
        goto next;
      printf("b=%d\n", b);
    }
    // CHECK: next:
  next:
    printf("next a=%d b=%d\n", a, b);
  }
  // CHECK: out:
out:
  printf("done %d\n", total);
  return 0;
}
