// strtok's position is libc's: a program stopped between strtok calls went
// on from the start of nothing after a restore. mig-pp rewrites strtok to
// the runtime's (LibcCalls.h), whose position is a saved pointer
// (runtime/src/state_strtok.c), re-based into the restored string: the
// tokens continue as in an uninterrupted run, on x86-64 and AArch64, and
// equal plain clang's (glibc's strtok).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 60 %s %t.d
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long work(const char *tok) { // a poll per call: stops between tokens
  long h = 0;
  for (const char *p = tok; *p; p++)
    h = h * 31 + *p;
  return h;
}

int main(void) {
  char local[] = "alpha, beta,,gamma ;delta;  epsilon";
  char *heap = malloc(64);
  strcpy(heap, ";;one;two;;three;");
  long sum = 0;
  // CHECK: = __mig_strtok({{.*}}local{{.*}}, ", ;"); {{.*}} = __mig_strtok(((void*)0), ", ;")) {
  for (char *t = strtok(local, ", ;"); t; t = strtok(NULL, ", ;")) {
    sum += work(t);
    printf("local token '%s' %ld\n", t, sum);
  }
  printf("after the end: %s\n", strtok(NULL, ";") ? "token" : "NULL");
  char *t = strtok(heap, ";");
  while (t) {
    sum += work(t);
    printf("heap token '%s' %ld\n", t, sum);
    t = strtok(NULL, ";");
  }
  printf("only delimiters: %s\n", strtok(strcpy(heap, ";;;"), ";") ? "token" : "NULL");
  free(heap);
  return 0;
}
