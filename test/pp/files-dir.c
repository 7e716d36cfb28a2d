// A directory stream open across checkpoints (runtime/src/state_files.c) is
// re-opened and positioned (seekdir to its telldir position): the entries
// read after the restore continue where the stopped run was, with none
// repeated or missed (x86-64 -> x86-64 and -> AArch64).
//
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: rm -rf %t.w && mkdir -p %t.w
// RUN: for i in 0 1 2 3 4 5 6 7 8 9 10 11; do echo $i > %t.w/entry$i; done
// RUN: %check-migration --spread 16 --aarch64-stops 6 %s %t.d -- %t.w
#include <dirent.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc < 2) return 1;
  // CHECK: d = __mig_opendir(argv[1]);
  DIR *d = opendir(argv[1]);
  if (!d) return 2;
  int seen[12] = {0}, n = 0;
  for (;;) {
    // readdir's result lives in the stream: a pointer to it kept across a
    // poll refuses the checkpoint (files-refused.c), so it is scoped here.
    struct dirent *e = readdir(d);
    if (!e) break;
    char name[256];
    snprintf(name, sizeof name, "%s", e->d_name);
    int k;
    if (sscanf(name, "entry%d", &k) == 1 && k >= 0 && k < 12) {
      seen[k]++;
      n++;
      printf("%s\n", name); // a poll per entry (the order is the directory's)
    }
  }
  // CHECK: __mig_closedir(d);
  closedir(d);
  printf("%d entries:", n);
  for (int k = 0; k < 12; k++) printf(" %d", seen[k]);
  printf("\n");
  return 0;
}
