// -save-temps keeps NAME.i and NAME.mig.c next to the output.
// RUN: rm -rf %t.dir && mkdir -p %t.dir/out
// RUN: %migcc -save-temps %s -o %t.dir/out/prog
// RUN: test -f %t.dir/out/save-temps.i
// RUN: test -f %t.dir/out/save-temps.mig.c
// RUN: %t.dir/out/prog | %FileCheck %s --check-prefix=OUT
// The .i is the preprocessed input, with line markers naming it.
// RUN: %FileCheck %s --input-file=%t.dir/out/save-temps.i --check-prefix=PP
// PP: # {{[0-9]+}} "{{.*}}save-temps.c"
// PP: int answer = 41 + 1;
// The .mig.c is mig-pp's output, which includes the runtime ABI.
// RUN: %FileCheck %s --input-file=%t.dir/out/save-temps.mig.c --check-prefix=MIG
// MIG: #include <mig/abi.h>
// Without -save-temps nothing is left next to the output.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %migcc %s -o %t.dir/prog
// RUN: ls %t.dir | %FileCheck %s --check-prefix=LS --implicit-check-not=save-temps
// LS: prog
// With -c, the temps go next to the object.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %migcc -save-temps -c %s -o %t.dir/x.o
// RUN: test -f %t.dir/save-temps.i && test -f %t.dir/save-temps.mig.c && test -f %t.dir/x.o
#include <stdio.h>
#define FORTY_ONE 41
int answer = FORTY_ONE + 1;
int main(void) {
  printf("answer %d\n", answer);
  // OUT: answer 42
  return 0;
}
