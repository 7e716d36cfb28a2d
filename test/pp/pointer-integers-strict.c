// Pointer-carrying integers (test/pp/pointer-integers.c) whose value is
// not the address of a saved object: a number to the runtime, kept as it
// is; under MIG_STRICT=1 one pointing into memory the runtime cannot move
// (here libc's static struct tm) refuses the checkpoint naming the
// variable. And across pointer sizes: an x86-64 checkpoint restored on
// i686 re-bases the heap address held in a `long` into the 32-bit one.
// REQUIRES: mig-pp, migrt-x86_64, qemu-i686
// RUN: rm -rf %t && mkdir -p %t
// RUN: %migcc -O1 %s -o %t/prog
// RUN: %t/prog > %t/ref.out
// RUN: env MIG_STOP_AT=5 MIG_CKPT=%t/ck %t/prog > %t/o1; test $? = 85
// RUN: env MIG_RESTORE=%t/ck %t/prog > %t/o2
// RUN: cat %t/o1 %t/o2 | diff - %t/ref.out
// RUN: env MIG_STRICT=1 MIG_STOP_AT=5 MIG_CKPT=%t/ck2 %t/prog > /dev/null 2> %t/err || true
// RUN: %FileCheck --check-prefix=STRICT %s < %t/err
// STRICT: mig: checkpoint refused: main: variable libc_data is an integer that holds a pointer (assigned from one), and its value points into memory of libc{{.*}}(MIG_STRICT=1)
//
// RUN: %migcc -O1 -DNO_LIBC %s -o %t/prog64
// RUN: %migcc -O1 -DNO_LIBC --target=i686-linux-gnu %s -o %t/prog32
// RUN: %t/prog64 > %t/ref64.out
// RUN: env MIG_STOP_AT=5 MIG_CKPT=%t/ck3 %t/prog64 > %t/o3; test $? = 85
// RUN: env MIG_RESTORE=%t/ck3 %run-i686 %t/prog32 > %t/o4
// RUN: cat %t/o3 %t/o4 | diff - %t/ref64.out
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
#ifndef NO_LIBC
  time_t t = 0;
  long libc_data = (long)gmtime(&t); // libc's own static struct tm
#else
  long libc_data = 1;
#endif
  long block = (long)malloc(4 * sizeof(int));
  uintptr_t end = (uintptr_t)block + 4 * sizeof(int); // one past the end
  ((int *)block)[0] = 42;
  long s = 0;
  for (int i = 0; i < 20; i++) { // polls
    s += i;
    if (i % 5 == 0)
      printf("i %d\n", i);
  }
  printf("%d %ld %d %ld\n", ((int *)block)[0], s, libc_data != 0,
         (long)((int *)end - (int *)block));
  return 0;
}
