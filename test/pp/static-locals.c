// Static locals: in migratable and plain functions, with and without
// initializers, a static array of string pointers, the same name in two
// functions, a static pointer initialized with the address of another static
// local of the same function, and one in main. They are moved to file scope
// (renamed per function) and registered as globals.
// (The static pointer initialized with &n once came out before n:
// static-local-address.c.)
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-DAG: static int [[CN:__mig_s_[A-Za-z0-9_]+]];
// CHECK-DAG: static int [[CS:__mig_s_[A-Za-z0-9_]+]] = 3;
// CHECK-LABEL: static int counter(void) {
static int counter(void) {
  static int n;
  static int step = 3;
  // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = tick([[CS]]); __MIG_AFTER_CALL([[#]]); [[CN]] += [[T]];
  n += tick(step);
  step++;
  return n;
}

// CHECK-DAG: static const char *[[NN:__mig_s_[A-Za-z0-9_]+]][] = {__mig_str_{{[0-9]+}}, __mig_str_{{[0-9]+}}, __mig_str_{{[0-9]+}}};
// CHECK-DAG: static char [[NL:__mig_s_[A-Za-z0-9_]+]][8] = "none";
// CHECK-LABEL: static const char *name_of(int i) {
static const char *name_of(int i) {
  static const char *names[] = {"zero", "one", "two"};
  static char last[8] = "none";
  const char *r = names[i % 3];
  // CHECK: [[NL]][0] = r[0];
  last[0] = r[0];
  printf("  last=%s\n", last);
  return r;
}

// CHECK-DAG: static int [[ON:__mig_s_[A-Za-z0-9_]+]] = 100;
// CHECK-DAG: static int *{{.*}} = &[[ON]];
// CHECK-LABEL: static int other(void) {
static int other(void) {
  static int n = 100; /* same name as counter's n */
  static int *p = &n;
  *p += tick(1);
  return n;
}

// CHECK: static double [[MA:__mig_s_[A-Za-z0-9_]+]] = 0.5;
// CHECK-SAME: int __mig_main(void) {
int main(void) {
  static double acc = 0.5;
  for (int i = 0; i < 5; i++) {
    int c = counter();
    // CHECK: [[MA]] += c;
    acc += c;
    printf("i=%d c=%d name=%s other=%d acc=%.1f\n", i, c, name_of(i), other(), acc);
  }
  return 0;
}
// CHECK-LABEL: static const __mig_global __mig_globals[] = {
// CHECK-DAG: {"static-locals.c:counter.n", (void *)&[[CN]], &__mig_type_int, 1, 0},
// CHECK-DAG: {"static-locals.c:other.n", (void *)&[[ON]], &__mig_type_int, 1, 0},
// CHECK-DAG: {"static-locals.c:main.acc", (void *)&[[MA]], &__mig_type_double, 1, 0},
