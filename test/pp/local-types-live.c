// Structs, unions, enums and typedefs declared inside functions, with objects
// live at poll points: mig-pp moves the definitions in front of the function
// under unique names (<function>__<name>), renames every reference inside the
// function (tags, typedef names, enum constants), and saves the objects like
// any others; their descriptors name the moved types. Same tag names in two
// functions stay distinct. (Local types used only between poll points are
// left alone: local-types.c; those that cannot move: local-types-kept.c.)
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

// CHECK: struct live__pair { int a, b; }; union live__bits { unsigned u; int i; }; enum live__color { live__RED = 2, live__GREEN = 5, live__BLUE = 9 }; typedef long live__acc_t; struct live__node { struct live__pair p; struct live__node *next; struct live__inner { live__acc_t w; enum live__color c; } in; }; struct live__anon1 { double d; char tag[live__BLUE]; }; typedef struct { short s[2]; } live__two; static int live(int n) {
// CHECK-SAME: struct __mig_rf_live {int n; struct live__pair p; union live__bits b; enum live__color c; live__acc_t total; struct live__node *cur; struct live__anon1 an; live__two tw; int i;
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
  // Refers to the other local types, to itself and nests a struct.
  struct node {
    struct pair p;
    struct node *next;
    struct inner {
      acc_t w;
      enum color c;
    } in;
  };
  // CHECK: p = (struct live__pair){1, 2};
  struct pair p = {1, 2};
  union bits b = {.i = 3};
  // CHECK: c = live__RED;
  enum color c = RED;
  acc_t total = 0;
  struct node nodes[2] = {{{1, 1}, 0, {7, GREEN}}, {{2, 2}, 0, {8, BLUE}}};
  nodes[0].next = &nodes[1];
  struct node *cur = &nodes[0];
  struct { double d; char tag[BLUE]; } an;
  typedef struct { short s[2]; } two;
  two tw = {{3, 4}};
  an.d = 0.5;
  an.tag[0] = 'x';
  for (int i = 0; i < n; i++) {
    total += tick(i) + p.a * p.b + b.i + c + cur->in.w + (acc_t)an.d * 2 + tw.s[1];
    p.a += 1;
    b.i *= 2;
    // CHECK: switch (c) { case live__RED:
    switch (c) { case RED: c = GREEN; break; case GREEN: c = BLUE; break; default: c = RED; }
    cur = cur->next ? cur->next : &nodes[0];
    an.d += 1.25;
    tw.s[1]++;
    printf("live i=%d p=%d,%d b=%d c=%d total=%ld w=%ld %c sz=%zu\n", i, p.a, p.b, b.i,
           (int)c, total, (long)cur->in.w, an.tag[0], sizeof(struct node));
  }
  return (int)total;
}

// The same names in another function are other types.
// CHECK: struct other__pair { double a; int b[3]; }; enum other__color { other__RED = 40 }; static int other(int n) {
// CHECK-SAME: struct __mig_rf_other {int n; struct other__pair q; int i;
static int other(int n) {
  struct pair { double a; int b[3]; };
  enum color { RED = 40 };
  struct pair q = {1.5, {RED, 2, 3}};
  for (int i = 0; i < n; i++) {
    q.a = q.a * 2 + tick(i);
    q.b[i % 3] += RED;
    printf("other i=%d a=%g b=%d,%d,%d\n", i, q.a, q.b[0], q.b[1], q.b[2]);
  }
  return (int)q.a;
}

int main(void) {
  printf("live=%d\n", live(5));
  printf("other=%d\n", other(4));
  return 0;
}
