// __builtin_setjmp keeps stack and code addresses in a plain `void *[]`
// buffer that the runtime cannot recognize as a jump buffer (a jmp_buf is
// refused by its type at a checkpoint): a checkpoint taken while it was set
// saved garbage, and the program crashed (GCC torture built-in-setjmp).
// mig-pp refuses it, at the call.
// REQUIRES: mig-pp
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %not %mig-pp %t.i -o %t.mig.c 2>&1 | %FileCheck %s
void *buf[20];

static void jump(void) { __builtin_longjmp(buf, 1); }

int main(void) {
  // CHECK: builtin-setjmp-rejected.c:[[@LINE+1]]:7: error: __builtin_setjmp is not supported by migcc: its buffer holds code and stack addresses the runtime cannot recognize or translate in a checkpoint (use setjmp with a jmp_buf, which migrates)
  if (__builtin_setjmp(buf))
    return 0;
  while (1)
    jump();
}
