// Issue 13 item 9: an indirect call whose callee expression starts with a
// local that mig-pp renames or moves to the shadow frame (`(s.f)(i)`,
// `(*s.f)(i)`, `((&s)->f)(1)` with `s` address-taken) must give C that
// compiles (overlapping edits in SourceEdits::render were suspected), run
// right and migrate: stopped inside the loop and resumed.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %migcc -O1 %s -o %t
// RUN: %t | %FileCheck %s
// RUN: rm -f %t.mig && env MIG_STOP_AT=2 MIG_CKPT=%t.mig %t > %t.out; test $? -eq 85
// RUN: env MIG_RESTORE=%t.mig %t >> %t.out && %FileCheck %s < %t.out
// CHECK: 18
#include <stdio.h>
struct S { long (*f)(long); long k; };
static long inc(long v) { return v + 1; }
static long use(struct S *p) { return p->k; }
int main(void) {
  struct S s = {inc, 3};
  long t = 0;
  use(&s); /* s is address-taken: lives in the shadow frame */
  for (int i = 0; i < 3; i++) t += (s.f)(i) + (*s.f)(i) + ((&s)->f)(1);
  printf("%ld\n", t);
  return 0;
}
