// open_memstream's buffer is the program's after fclose, but glibc grows it
// with its own realloc: a pointer into libc's heap, kept as a stale pointer
// by a checkpoint (a crash after the restore). The runtime's
// open_memstream (runtime/src/alloc_more.c) keeps the buffer in a tracked
// heap block, so the text migrates; while the stream is open, a checkpoint
// with the FILE live is refused like any open FILE's, naming the variable.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 60 %s %t.d
// RUN: %migcc -O1 -DKEEP_OPEN %s -o %t.open
// RUN: env MIG_STOP_AT=2 MIG_CKPT=%t.ck %t.open > /dev/null 2> %t.err || true
// RUN: %FileCheck --check-prefix=OPEN %s < %t.err
// OPEN: mig: checkpoint refused: main: variable ms points to an open FILE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *text = NULL;
  size_t len = 0;
  // CHECK: ms = __mig_open_memstream(&{{.*}}text{{.*}}, &{{.*}}len{{.*}});
  FILE *ms = open_memstream(&text, &len);
  if (!ms) return 1;
  for (int i = 0; i < 5; i++)
    fprintf(ms, "line %d;", i);
  fflush(ms);
  printf("flushed %zu: %s\n", len, text);
  fputs("end", ms);
#ifndef KEEP_OPEN
  fclose(ms);
#endif
  long sum = 0;
  for (int round = 0; round < 5; round++) { // polls with the buffer live
    for (size_t i = 0; i < len; i++)
      sum += text[i];
    printf("round %d len %zu sum %ld text %s\n", round, len, sum, text);
  }
#ifdef KEEP_OPEN
  fclose(ms);
#endif
  free(text);
  return 0;
}
