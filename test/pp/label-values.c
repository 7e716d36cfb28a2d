// Label values (GNU `&&label`, computed goto). A static table of them stays
// in its function, not moved to file scope (where `&&x` is not allowed) and
// not saved (the values are this build's code addresses; a restored program
// initializes its own); computed gotos work in transformed functions too
// (gnu-extensions.c). A label value held in a saved variable at a poll point
// is a pointer into code: that checkpoint is refused, naming the variable.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
// RUN: %migcc -O1 -DREJECT %s -o %t.rej
// RUN: env MIG_STOP_AT=7 %t.rej 2>&1 | %FileCheck %s --check-prefix=REJECT
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
  // REJECT: mig: checkpoint refused: label-values.c:polled: variable next points into memory of {{.*}} that the runtime does not know
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
#ifdef REJECT
  printf("%d\n", polled(40));
#endif
  return 0;
}
