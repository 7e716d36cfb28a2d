// Label values (GNU `&&label`, computed goto). A function that is not
// transformed (no poll point, no migratable call) may use them, with a
// static table of them: the table stays in the function, not moved to file
// scope (where `&&x` is not allowed) and not saved (the values are this
// build's code addresses; a restored program initializes its own). In a
// transformed function, whose frame a checkpoint may hold, mig-pp refuses
// them at the `&&`.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
// RUN: %clang -E -DREJECT -I %mig-include %s -o %t.rej.i
// RUN: %not %mig-pp %t.rej.i -o %t.rej.mig.c 2>&1 | %FileCheck %s --check-prefix=REJECT
#include <stdio.h>

static int run(const unsigned char *code) {
  // CHECK: static void *const table[] = {&&op_inc, &&op_dbl, &&op_end};
  static void *const table[] = {&&op_inc, &&op_dbl, &&op_end};
  int acc = 1;
  goto *table[*code++];
op_inc:
  acc++;
  goto *table[*code++];
op_dbl:
  acc *= 2;
  goto *table[*code++];
op_end:
  return acc;
}

#ifdef REJECT
static int polled(int n) {
  void *next = &&again;
  // REJECT: label-values.c:[[@LINE-1]]:16: error: the address of label 'again' is taken in a function that has poll points or migratable calls; mig-pp cannot save label values (computed goto) in a checkpoint
again:
  while (n > 10)
    n -= 3;
  if (n-- > 0)
    goto *next;
  return n;
}
#endif

int main(void) {
  static const unsigned char prog[] = {0, 1, 0, 1, 1, 2};
  int total = 0;
  for (int i = 0; i < 5; i++) {
    total += run(prog + (i % 3));
    printf("%d\n", total);
  }
  return 0;
}
