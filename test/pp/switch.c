// switch: fall-through between cases holding calls that reach poll points,
// a case with its own block, continue and break out of a switch in a loop,
// a call in the switch condition, and Duff's device (case labels inside a
// do-while loop with poll points).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int spin(int n) {
  int acc = 0, k = 0;
  while (k < n) {
    acc += (k + 1) % 1000; // no closed form: the loop keeps its poll
    k++;
  }
  return acc;
}

// CHECK-LABEL: static void duff(
static void duff(int *to, const int *from, int count) {
  int n = (count + 3) / 4;
  switch (count % 4) {
  // Duff's device: case labels inside a loop that has a poll point. The
  // operand with a side effect is evaluated before the resume label.
  // CHECK: case 0:
  // CHECK: do { __MIG_POLL([[#]]) {
  // CHECK: { [[T:__mig_t[0-9]+]] = *from++; __mig_resume_[[#]]: __mig_t[[#]] = spin(1); __MIG_AFTER_CALL([[#]]); *to++ = [[T]] + __mig_t[[#]]; }
  // CHECK: case 3:
  // CHECK: case 2:
  // CHECK: case 1:
  // CHECK: } } while (--n > 0);
  case 0:
    do {
      *to++ = *from++ + spin(1);
    case 3:
      *to++ = *from++;
    case 2:
      *to++ = *from++ + spin(2);
    case 1:
      *to++ = *from++;
    } while (--n > 0);
  }
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int acc = 0;
  // CHECK: for ({{.*}}) { __MIG_POLL([[#]]) {
  for (int i = 0; i < 14; i++) {
    // CHECK: switch ({{.*}} % 7) {
    // CHECK: case 0:
    // CHECK: __mig_resume_[[#]]: __mig_t[[#]] = spin(2); __MIG_AFTER_CALL([[#]]);
    // CHECK: case 1:
    // CHECK: case 2:
    // CHECK: case 3: {
    // CHECK: __mig_resume_[[#]]: __mig_t[[#]] = spin({{.*}}); __MIG_AFTER_CALL([[#]]); int t = __mig_t[[#]];
    // CHECK: default:
    // CHECK: case 5:
    // CHECK: continue;
    switch (i % 7) {
    case 0:
      acc += spin(2);
      /* fall through */
    case 1:
      acc += 1;
      /* fall through */
    case 2:
      acc *= 2;
      break;
    case 3: {
      int t = spin(i);
      acc -= t;
    }
      /* fall through */
    default:
      acc += spin(1);
      break;
    case 5:
      printf("skip %d\n", i);
      continue;
    }
    // A call in the condition of a switch is hoisted before it.
    // CHECK: __mig_resume_[[#]]: [[S:__mig_t[0-9]+]] = spin({{.*}}); __MIG_AFTER_CALL([[#]]); switch ([[S]] % 3) {
    switch (spin(i) % 3) {
    case 0:
      printf("zero %d\n", acc);
      /* fall through */
    case 1:
      printf("one %d\n", acc);
      break;
    default:
      printf("other %d\n", acc);
    }
  }
  int src[11], dst[11];
  for (int i = 0; i < 11; i++)
    src[i] = i * i;
  for (int c = 1; c <= 11; c += 5) {
    for (int i = 0; i < 11; i++)
      dst[i] = -1;
    duff(dst, src, c);
    for (int i = 0; i < 11; i++)
      printf("%d ", dst[i]);
    printf("\n");
  }
  return 0;
}
