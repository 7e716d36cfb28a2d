// -c produces an object; objects are linked (with libmigrt.a) together with
// other objects and C files given on the same command line.
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cd %t.dir
// RUN: %migcc -c %S/Inputs/lib.c
// RUN: test -f lib.o
// RUN: %migcc -c %s -o main.o
// RUN: %migcc main.o lib.o -o prog
// RUN: ./prog | %FileCheck %s
// Mixed: a .c and an .o in one command, default output a.out. The .o may
// hold transformed functions this unit cannot see: no --whole-program.
// RUN: %migcc -v %s lib.o 2>&1 | %FileCheck %s --check-prefix=SEVERAL
// SEVERAL: mig-pp
// SEVERAL-NOT: --whole-program
// SEVERAL: libmigrt.a
// RUN: ./a.out | %FileCheck %s
// Archives and -L/-l work as with any compiler.
// RUN: llvm-ar rcs libtwice.a lib.o
// RUN: %migcc %s -L. -ltwice -o prog2
// RUN: ./prog2 | %FileCheck %s
// CHECK: twice 21 = 42
#include <stdio.h>
int lib_twice(int);
int main(void) {
  printf("twice 21 = %d\n", lib_twice(21));
  return 0;
}
