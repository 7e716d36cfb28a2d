// Function pointers: calls through a global table, through a table of
// structs on the stack, through a local pointer (set from a function that
// returns one) and through `(*p)(...)`, and a table passed to another
// function. An indirect call is a site when some address-taken function of
// its type can reach a poll point (add, sub). Function pointers saved in
// frames and globals are translated by name on restore (`__mig_functions`).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

typedef int (*binop)(int, int);

static int spin(int n) {
  int acc = 0, k = 0;
  while (k < n) {
    acc += k;
    k++;
  }
  return acc;
}

static int add(int a, int b) { return a + b + spin(1); }
static int sub(int a, int b) { return a - b + spin(2); }
// Functions that cannot reach a poll point are left unchanged.
// CHECK: static int mul(int a, int b) { return a * b; }
// CHECK: int maxi(int a, int b) { return a > b ? a : b; }
static int mul(int a, int b) { return a * b; }
int maxi(int a, int b) { return a > b ? a : b; }

static binop table[] = {add, sub, mul, maxi};
static const char *names[] = {"add", "sub", "mul", "max"};

struct op {
  const char *name;
  binop fn;
};

// CHECK: static binop pick(int i) { return table[(i + 1) % 4]; }
static binop pick(int i) { return table[(i + 1) % 4]; }

static int apply_all(binop *ops, int n, int x) {
  for (int i = 0; i < n; i++)
    // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = ops[i](x, i + 1); __MIG_AFTER_CALL([[#]]); x = [[T]];
    x = ops[i](x, i + 1);
  return x;
}

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: struct op local[3]; binop cur; int (*direct)(int, int);
int main(void) {
  struct op local[3] = {{"sub", sub}, {"add", add}, {"mul", mul}};
  binop cur = add;
  int (*direct)(int, int) = &maxi;
  int acc = 1;
  for (int i = 0; i < 8; i++) {
    // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = table[i % 4](acc, i); __MIG_AFTER_CALL([[#]]); acc = [[T]];
    acc = table[i % 4](acc, i);
    printf("%s -> %d\n", names[i % 4], acc);
    // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = local[i % 3].fn(acc, 2); __MIG_AFTER_CALL([[#]]);
    acc = local[i % 3].fn(acc, 2);
    printf("%s -> %d\n", local[i % 3].name, acc);
    // CHECK: cur = pick(i);
    cur = pick(i);
    // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = cur(acc, 3); __MIG_AFTER_CALL([[#]]); acc = [[T]] % 1000;
    acc = cur(acc, 3) % 1000;
    // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = (*direct)(acc, i); __MIG_AFTER_CALL([[#]]);
    acc = (*direct)(acc, i);
    printf("cur -> %d\n", acc);
  }
  binop seq[5] = {add, mul, sub, add, maxi};
  // CHECK: apply_all((__mig_sf->seq), 5, 3);
  printf("apply_all=%d\n", apply_all(seq, 5, 3));
  return 0;
}
// Every function whose address is taken is registered so that pointers to it
// can be translated; the others (spin, pick, apply_all, main) are not, so
// clang may still drop a static function it inlined everywhere.
// CHECK-LABEL: static const __mig_function_ref __mig_functions[] = {
// CHECK-NEXT: {"fnptr.c:add", (void (*)(void))&add, &__mig_ty_fn_{{[0-9a-f]+}}},
// CHECK-NEXT: {"fnptr.c:sub", (void (*)(void))&sub, &__mig_ty_fn_{{[0-9a-f]+}}},
// CHECK-NEXT: {"fnptr.c:mul", (void (*)(void))&mul, &__mig_ty_fn_{{[0-9a-f]+}}},
// CHECK-NEXT: {"maxi", (void (*)(void))&maxi, &__mig_ty_fn_{{[0-9a-f]+}}},
// CHECK-NEXT: };
