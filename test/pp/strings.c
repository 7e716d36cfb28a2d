// String literals whose addresses are stored: in global pointers, in a
// global array, in locals and a local array live across poll points, with
// pointers into the middle of literals. Each such literal becomes a named
// static array registered in the unit, so the pointers can be translated on
// restore; literals only passed to printf stay as they are. A char array
// initialized from a string is an ordinary object (buf).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
// CHECK: static char [[GREET:__mig_str_[0-9]+]][] = "hello, world";
// CHECK: static char [[ALPHA:__mig_str_[0-9]+]][] = "alpha";
// CHECK: static char [[LOCAL:__mig_str_[0-9]+]][] = "local literal";
// CHECK: static char [[ABC:__mig_str_[0-9]+]][] = "abcdefgh";
// CHECK: static char [[ODD:__mig_str_[0-9]+]][] = "odd";
#include <stdio.h>
#include <string.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK: const char *greeting = [[GREET]];
const char *greeting = "hello, world";
// CHECK: static const char *words[] = {[[ALPHA]], __mig_str_{{[0-9]+}}, __mig_str_{{[0-9]+}}, __mig_str_{{[0-9]+}}};
static const char *words[] = {"alpha", "beta", "gamma", "delta"};
static const char *cursor;
// CHECK: char buf[32] = "global buffer";
char buf[32] = "global buffer";

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  // CHECK: local = [[LOCAL]];
  const char *local = "local literal";
  // CHECK: __builtin_memcpy(&table, &(const char *[3]){__mig_str_{{[0-9]+}}, __mig_str_{{[0-9]+}}, __mig_str_{{[0-9]+}}}, sizeof(table));
  const char *table[3] = {"one", "two", "three"};
  // CHECK: mid = [[ABC]] + 3;
  const char *mid = "abcdefgh" + 3;
  cursor = words[0];
  for (int i = 0; i < 6; i++) {
    // CHECK: printf("%d %s | %s | %s | %s | %s | %s\n",
    int t = tick(i);
    printf("%d %s | %s | %s | %s | %s | %s\n", t, greeting, words[i % 4], local, table[i % 3],
           mid, cursor);
    cursor = words[(i + 1) % 4] + (i % 3);
    // CHECK: local = (i % 2) ? [[ODD]] : __mig_str_{{[0-9]+}};
    local = (i % 2) ? "odd" : "even";
    table[i % 3] = greeting + i;
    mid++;
    if (*mid == 0)
      mid = "xyz";
    buf[i] = (char)('A' + i);
    printf("  buf=%s len=%zu\n", buf, strlen(table[i % 3]));
  }
  return 0;
}
// CHECK-LABEL: static const __mig_literal __mig_literals[] = {
// CHECK: {"strings.c#1", [[GREET]], sizeof([[GREET]])},
