// Structs, unions, enums and typedefs declared inside a function, with
// objects live at poll points: mig-pp cannot describe a type declared inside
// a function and refuses, with one error per variable at its file:line.
// (Used only between poll points, such types are fine: local-types.c.)
// REQUIRES: mig-pp
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %not %mig-pp %t.i -o %t.mig.c 2>&1 | %FileCheck %s
#include <stdio.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

/* Local types whose objects are live at poll points. */
static int live(int n) {
  struct pair {
    int a, b;
  };
  union bits {
    unsigned u;
    int i;
  };
  enum color { RED = 2, GREEN = 5, BLUE = 9 };
  typedef long acc_t;
  // CHECK: {{.*}}local-types-live.c:[[@LINE+1]]:15: error: the type of 'p' is declared inside a function or has no name; mig-pp cannot save it at a poll point (move the type to file scope)
  struct pair p = {1, 2};
  // CHECK: {{.*}}local-types-live.c:[[@LINE+1]]:14: error: the type of 'b' is declared inside a function or has no name; mig-pp cannot save it at a poll point (move the type to file scope)
  union bits b = {.i = 3};
  // CHECK: {{.*}}local-types-live.c:[[@LINE+1]]:14: error: the type of 'c' is declared inside a function or has no name; mig-pp cannot save it at a poll point (move the type to file scope)
  enum color c = RED;
  acc_t total = 0;
  for (int i = 0; i < n; i++) {
    total += tick(i) + p.a * p.b + b.i + c;
    p.a += 1;
    b.i *= 2;
    c = (c == RED) ? GREEN : (c == GREEN ? BLUE : RED);
    printf("live i=%d p=%d,%d b=%d c=%d total=%ld\n", i, p.a, p.b, b.i, (int)c, total);
  }
  return (int)total;
}

int main(void) {
  printf("live=%d\n", live(5));
  return 0;
}
// CHECK-NOT: error:
