// Globals and static locals of unnamed struct/union/enum types (Lua 5.4's
// `static const struct { lu_byte left, right; } priority[]` in lparser.c and
// `static const union { int dummy; char little; } nativeendian` in lstrlib.c):
// mig-pp gives each unnamed type a generated tag in its output so it can be
// described and spelled at file scope, const or not, also when a static local
// moves to file scope with its type. Unnamed member types of those records
// are named too; anonymous members and typedef'd types are left alone.
// (Before: "cannot describe the type of global 'priority' for migration:
// unnamed struct/union without a typedef cannot be described".)
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

// CHECK: static const struct __mig_anon_priority {
static const struct {
  unsigned char left, right;
} priority[] = {{10, 10}, {11, 12}, {3, 4}};
// CHECK: static const union __mig_anon_nativeendian {
static const union {
  int dummy;
  char little;
} nativeendian = {1};
// CHECK: struct __mig_anon_g1 {
struct {
  int a;
  double b;
} g1, *gp = &g1;
// CHECK: enum __mig_anon_color {
enum { RED, GREEN } color = GREEN;
// CHECK: static const struct __mig_anon_nested {
// CHECK: struct __mig_anon_nested_inner {
// CHECK: union {
static const struct {
  int n;
  struct {
    char tag;
    long v;
  } inner[2];
  union {
    int i;
    float f;
  };
} nested = {2, {{'a', 1}, {'b', 2}}, {7}};
// CHECK: typedef struct {
typedef struct {
  int x;
} point;
static point origin = {3};

static int counter(int k) {
  // CHECK: static struct __mig_anon_counter_st {
  static struct {
    int calls;
    long sum;
    const char *last;
  } st;
  static const struct {
    const char *name;
    int v;
  } table[] = {{"one", 1}, {"two", 2}};
  static enum { IDLE, BUSY } mode;
  int j = 0;
  while (j < k % 3)
    j++;
  st.calls++;
  st.sum += table[k % 2].v + j;
  st.last = table[k % 2].name;
  mode = mode == IDLE ? BUSY : IDLE;
  return (int)st.sum + mode;
}

// A saved local of a local type (moved in front of the function by
// LocalTypes.cpp) next to a static local of an unnamed type (moved with the
// static): each type is moved once.
// CHECK: struct mixed__pair { int a, b; }; static struct __mig_anon_mixed_seen { int hits; } __mig_s_mixed_seen; static long mixed(int k) {
static long mixed(int k) {
  struct pair {
    int a, b;
  } p = {k, 2 * k};
  static struct {
    int hits;
  } seen;
  long s = 0;
  int i = 0;
  while (i < 3) { // polled: p is saved
    s += p.a + p.b + i++;
    seen.hits++;
  }
  return s + seen.hits;
}

int main(void) {
  long t = 0;
  for (int i = 0; i < 12; i++) {
    t += counter(i) + priority[i % 3].left + nativeendian.little + gp->a + color +
         nested.inner[i % 2].v + nested.i + origin.x +
         mixed(i);
    g1.a++;
    printf("%d %ld\n", i, t);
  }
  return 0;
}
