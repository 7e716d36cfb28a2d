// stdin redirected from a regular file resumes at the offset the program
// had read to (runtime/src/state_files.c): the receiver's own stdin is
// positioned when it is a regular file too, else (here /dev/null) the
// sender's file is re-opened by path. stdout stays the receiver's own.
// x86-64 -> x86-64 and -> AArch64; a receiver's stdin shorter than the
// saved position is one error line and exit 2.
//
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %python -c "print(''.join('input line %%d\n' %% i for i in range(40)), end='')" > %t.d/in.txt
// RUN: %migcc -O1 %s -o %t.x86
// RUN: %migcc -O1 --target=aarch64-linux-gnu %s -o %t.a64
// RUN: %t.x86 < %t.d/in.txt > %t.d/ref.out
// RUN: env MIG_STOP_AT=20 MIG_CKPT=%t.d/ck %t.x86 < %t.d/in.txt > %t.d/o1; test $? = 85
// RUN: env MIG_RESTORE=%t.d/ck %t.x86 < %t.d/in.txt > %t.d/o2
// RUN: cat %t.d/o1 %t.d/o2 | diff - %t.d/ref.out
// RUN: env MIG_RESTORE=%t.d/ck %t.x86 < /dev/null > %t.d/o3
// RUN: cat %t.d/o1 %t.d/o3 | diff - %t.d/ref.out
// RUN: env MIG_RESTORE=%t.d/ck %run-aarch64 %t.a64 < %t.d/in.txt > %t.d/o4
// RUN: cat %t.d/o1 %t.d/o4 | diff - %t.d/ref.out
//
// The stop came mid-file, not at its start or end:
// RUN: %FileCheck --check-prefix=MID %s < %t.d/o1
// MID: got input line 0
// MID-NOT: input line 39
//
// A shorter stdin on the receiver: one line naming the position, exit 2.
// RUN: head -c 20 %t.d/in.txt > %t.d/short.txt
// RUN: env MIG_RESTORE=%t.d/ck %t.x86 < %t.d/short.txt > /dev/null 2> %t.d/err; test $? = 2
// RUN: %FileCheck --check-prefix=SHORT %s < %t.d/err
// SHORT: mig: error: {{.*}}standard input is 20 bytes long, shorter than the saved position {{[0-9]+}} in {{.*}}in.txt
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[64];
  int n = 0;
  while (fgets(line, sizeof line, stdin)) {
    printf("got %s", line); // a poll per line
    n++;
  }
  printf("%d lines\n", n);
  return 0;
}
