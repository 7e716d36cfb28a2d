// Every initializer form on locals that are live across poll points:
// scalars, arrays (partial, designated, nested, flat), structs (positional,
// designated, nested), arrays of structs, unions, char arrays from strings,
// compound literals (by value and by address). Declarations are hoisted and
// the initializers become assignments (memcpy from a compound literal for
// arrays) at their original place.
// The compound literals whose address is kept (cl, cp) are unnamed automatic
// objects: they must survive a checkpoint like any local whose address escapes
// (reduced in compound-literal-address.c).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

struct pt {
  int x, y;
};
struct box {
  struct pt a, b;
  char tag[8];
  int vals[3];
};
union num {
  int i;
  float f;
};

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = tick(7); __MIG_AFTER_CALL([[#]]); s = [[T]];
  int s = tick(7);
  // CHECK: d = 2.5;
  double d = 2.5;
  // CHECK: big = 1LL << 40;
  long long big = 1LL << 40;
  unsigned short us = 65535;
  float f = 1.25f;
  // CHECK: __builtin_memcpy(&arr, &(int[5]){1, 2, 3}, sizeof(arr));
  int arr[5] = {1, 2, 3};
  // CHECK: __builtin_memcpy(&des, &(int[6]){[4] = 40, [1] = 10}, sizeof(des));
  int des[6] = {[4] = 40, [1] = 10};
  // CHECK: __builtin_memcpy(&m, &(int[2][3]){{[{][{]}}1, 2, 3}, {4, 5, 6}}, sizeof(m));
  int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  // CHECK: __builtin_memcpy(&m2, &(int[2][3]){1, 2, 3, 4}, sizeof(m2));
  int m2[2][3] = {1, 2, 3, 4};
  // CHECK: p = (struct pt){3, 4};
  struct pt p = {3, 4};
  // CHECK: q = (struct pt){.y = 9};
  struct pt q = {.y = 9};
  // bx, str, str2 and chars escape (passed to printf): in the shadow frame.
  // CHECK: (__mig_sf->bx) = (struct box){{[{][{]}}1, 2}, .b = {.x = 5}, "box", {7, 8, 9}};
  struct box bx = {{1, 2}, .b = {.x = 5}, "box", {7, 8, 9}};
  // CHECK: __builtin_memcpy(&pts, &(struct pt[3]){{[{][{]}}1, 2}, [2] = {.y = 6, .x = 5}}, sizeof(pts));
  struct pt pts[3] = {{1, 2}, [2] = {.y = 6, .x = 5}};
  // A union: copied from a declaration (union-init.c).
  // CHECK: ({ union num __mig_v = {.i = 77}; __builtin_memcpy(&un, &__mig_v, sizeof(un)); });
  union num un = {.i = 77};
  // CHECK: __builtin_memcpy(&(__mig_sf->str), &(char[6]){"hello"}, sizeof((__mig_sf->str)));
  char str[] = "hello";
  // CHECK: __builtin_memcpy(&(__mig_sf->str2), &(char[10]){"hi"}, sizeof((__mig_sf->str2)));
  char str2[10] = "hi";
  // CHECK: __builtin_memcpy(&(__mig_sf->chars), &(char[4]){'a', 'b', 'c'}, sizeof((__mig_sf->chars)));
  char chars[4] = {'a', 'b', 'c'};
  // CHECK: cl = {{.*}}(int[]){10, 20, 30}{{.*}};
  int *cl = (int[]){10, 20, 30};
  // CHECK: cp = {{.*}}(struct pt){11, 12}{{.*}};
  struct pt *cp = &(struct pt){11, 12};
  // CHECK: cv = (struct pt){.x = 13};
  struct pt cv = (struct pt){.x = 13};
  // CHECK: zero = (int){0};
  int zero = {0};
  // CHECK: for (r = 0; r < 4; r++) { __MIG_POLL([[#]]) {
  for (int r = 0; r < 4; r++) {
    s = tick(s + 1);
    d *= 1.5;
    big += r;
    us -= 1;
    f += 0.5f;
    arr[r] += r;
    des[r + 1] += 1;
    m[r % 2][r % 3] += 10;
    m2[1][r % 3] += 100;
    p.x++;
    q.x--;
    bx.b.y += bx.vals[r % 3];
    bx.tag[3] = (char)('0' + r);
    pts[r % 3].x += 1;
    un.i += r;
    str[0] = (char)('h' + r);
    str2[2] = (char)('!' + r);
    chars[3] = 'd';
    cl[r % 3] += 1;
    cp->y += 1;
    cv.y += r;
    zero += s;
    printf("r=%d s=%d d=%.3f big=%lld us=%u f=%.2f zero=%d\n", r, s, d, big, us, f, zero);
    printf("  arr=%d,%d,%d,%d,%d des=%d,%d,%d,%d,%d,%d\n", arr[0], arr[1], arr[2], arr[3],
           arr[4], des[0], des[1], des[2], des[3], des[4], des[5]);
    printf("  m=%d,%d,%d/%d,%d,%d m2=%d,%d,%d/%d,%d,%d\n", m[0][0], m[0][1], m[0][2], m[1][0],
           m[1][1], m[1][2], m2[0][0], m2[0][1], m2[0][2], m2[1][0], m2[1][1], m2[1][2]);
    printf("  p=%d,%d q=%d,%d bx=%d,%d,%d,%d,%s,%d,%d,%d\n", p.x, p.y, q.x, q.y, bx.a.x, bx.a.y,
           bx.b.x, bx.b.y, bx.tag, bx.vals[0], bx.vals[1], bx.vals[2]);
    printf("  pts=%d,%d,%d,%d,%d,%d un=%d\n", pts[0].x, pts[0].y, pts[1].x, pts[1].y, pts[2].x,
           pts[2].y, un.i);
    printf("  str=%s str2=%s chars=%.4s cl=%d,%d,%d cp=%d,%d cv=%d,%d\n", str, str2, chars,
           cl[0], cl[1], cl[2], cp->x, cp->y, cv.x, cv.y);
  }
  return 0;
}
