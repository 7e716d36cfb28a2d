// A file that cannot be put back as it was is one error line naming it and
// exit 2 (runtime/src/state_files.c): removed since the checkpoint, or
// shorter than the saved position. The restore is refused before the
// program runs on.
//
// REQUIRES: mig-pp, migrt-x86_64
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %migcc -O1 %s -o %t.x86
// RUN: %t.x86 %t.d > %t.d/ref.out
// RUN: env MIG_STOP_AT=100 MIG_CKPT=%t.d/ck %t.x86 %t.d > %t.d/o1; test $? = 85
// RUN: cp %t.d/input.txt %t.d/input.keep
//
// RUN: rm %t.d/input.txt
// RUN: env MIG_RESTORE=%t.d/ck %t.x86 > %t.d/o2 2> %t.d/err; test $? = 2
// RUN: %FileCheck --check-prefix=GONE %s < %t.d/err
// GONE: mig: error: {{.*}}cannot re-open {{.*}}.d/input.txt (descriptor 3): No such file or directory
//
// RUN: head -c 10 %t.d/input.keep > %t.d/input.txt
// RUN: env MIG_RESTORE=%t.d/ck %t.x86 > %t.d/o2 2> %t.d/err; test $? = 2
// RUN: %FileCheck --check-prefix=SHORT %s < %t.d/err
// SHORT: mig: error: {{.*}}.d/input.txt is 10 bytes long, shorter than the saved position {{[0-9]+}} (descriptor 3)
//
// The same file back: the restore finishes the run.
// RUN: cp %t.d/input.keep %t.d/input.txt
// RUN: env MIG_RESTORE=%t.d/ck %t.x86 > %t.d/o2
// RUN: cat %t.d/o1 %t.d/o2 | diff - %t.d/ref.out
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2 || chdir(argv[1]) != 0) return 1;
  FILE *f = fopen("input.txt", "w");
  for (int i = 0; i < 100; i++) fprintf(f, "%d\n", i);
  fclose(f);
  f = fopen("input.txt", "r");
  long sum = 0;
  int v;
  while (fscanf(f, "%d", &v) == 1) {
    for (int i = 0; i < 5; i++) sum += v; // polls between the reads
  }
  fclose(f);
  printf("sum %ld\n", sum);
  return 0;
}
