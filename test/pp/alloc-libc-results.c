// C library functions that return memory libc allocated (the caller frees
// it) are rewritten (AllocationCalls.cpp) to the runtime's, which copy the
// result into tracked heap blocks (runtime/src/alloc_more.c): realpath(p,
// NULL), canonicalize_file_name, get_current_dir_name and scandir's list
// and entries. Before, a checkpoint with one of them live was refused
// ("points to memory the runtime does not know") and free() of one went to
// the runtime's allocator. strndup, getline/getdelim, asprintf are tracked
// too (test/pp/alloc-functions.c, heap.c).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: rm -rf %t.dir && mkdir -p %t.dir && touch %t.dir/cherry %t.dir/apple %t.dir/banana
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 60 %s %t.d -- %t.dir
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) return 1;
  // CHECK: rp = __mig_realpath(argv[1], ((void*)0));
  char *rp = realpath(argv[1], NULL);
  // CHECK: cf = __mig_canonicalize_file_name(argv[1]);
  char *cf = canonicalize_file_name(argv[1]);
  // CHECK: cwd = __mig_get_current_dir_name();
  char *cwd = get_current_dir_name();
  char buf[4096];
  char *in_buf = realpath(argv[1], buf); // the caller's buffer: unchanged
  struct dirent **list;
  // CHECK: n = __mig_scandir(argv[1], &{{.*}}list{{.*}}, ((void*)0), alphasort);
  int n = scandir(argv[1], &list, NULL, alphasort);
  if (!rp || !cf || !cwd || in_buf != buf || n < 0) return 2;
  long sum = 0;
  for (int round = 0; round < 5; round++) { // polls with every result live
    for (int i = 0; i < n; i++)
      sum += (long)strlen(list[i]->d_name) * (round + 1);
    printf("round %d sum %ld same %d %d cwd-absolute %d\n", round, sum, strcmp(rp, cf) == 0,
           strcmp(rp, buf) == 0, cwd[0] == '/');
  }
  for (int i = 0; i < n; i++) {
    printf("entry %s\n", list[i]->d_name);
    free(list[i]);
  }
  free(list);
  free(rp);
  free(cf);
  free(cwd);
  return 0;
}
