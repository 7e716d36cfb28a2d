// A standard stream the program itself freopen'ed to a file stays redirected
// after a restore (runtime/src/state_files.c): here stdin, put back on the
// file at the offset read so far, whatever the receiver's own stdin is; a
// saved `stdin` value is the receiver's stdin (x86-64 -> x86-64 and ->
// AArch64).
//
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: rm -rf %t.w && mkdir -p %t.w
// RUN: %check-migration --spread 12 --aarch64-stops 4 %s %t.d -- %t.w
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2 || chdir(argv[1]) != 0) return 1;
  FILE *f = fopen("input.txt", "w");
  for (int i = 0; i < 20; i++) fprintf(f, "input %d\n", i);
  fclose(f);
  // CHECK: if (!__mig_freopen("input.txt", "r", stdin))
  if (!freopen("input.txt", "r", stdin)) return 2;
  FILE *keep = stdin;
  char line[64];
  while (fgets(line, sizeof line, stdin)) printf("got %s", line); // a poll per line
  printf("same %d\n", keep == stdin);
  return 0;
}
