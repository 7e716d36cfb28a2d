// Open streams travel with a checkpoint (runtime/src/vfiles.c,
// state_files.c): a file read with "r" (its position exact, a pending
// ungetc of another character kept), one written with "w", one appended to
// with "a", one updated with "w+" (seeks and writes), all reached through
// FILE * values in a heap struct, a global and a local. After every stop and
// restore (x86-64 -> x86-64, x86-64 -> AArch64 and AArch64 -> x86-64) the files and the output equal
// an uninterrupted run's, and the saved FILE * values are the re-opened
// streams (identity kept: the aliases still compare equal).
//
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: rm -rf %t.w && mkdir -p %t.w
// RUN: %check-migration --spread 16 --aarch64-stops 0 %s %t.d -- %t.w
// The append-mode file grows with every run, so check-migration (which
// restores old checkpoints after later runs in one directory) stays on
// x86-64; each direction across architectures gets a fresh directory:
// RUN: %migcc -O1 %s -o %t.x86
// RUN: %migcc -O1 --target=aarch64-linux-gnu %s -o %t.a64
// RUN: rm -rf %t.r && mkdir -p %t.r && %t.x86 %t.r > %t.ref
// x86-64 -> AArch64:
// RUN: rm -rf %t.1 && mkdir -p %t.1 && env MIG_STOP_AT=100 MIG_CKPT=%t.1/ck %t.x86 %t.1 > %t.1/o1; test $? = 85
// RUN: env MIG_RESTORE=%t.1/ck %run-aarch64 %t.a64 > %t.1/o2 && cat %t.1/o1 %t.1/o2 | diff - %t.ref
// AArch64 -> x86-64:
// RUN: rm -rf %t.2 && mkdir -p %t.2 && env MIG_STOP_AT=100 MIG_CKPT=%t.2/ck %run-aarch64 %t.a64 %t.2 > %t.2/o1; test $? = 85
// RUN: env MIG_RESTORE=%t.2/ck %t.x86 > %t.2/o2 && cat %t.2/o1 %t.2/o2 | diff - %t.ref
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct job {
  FILE *in, *out;
  long lines;
};
static FILE *g_log, *g_out_alias;

static long step(int k) { return k; }

static void make_input(void) {
  // CHECK: f = __mig_fopen("input.txt", "w");
  FILE *f = fopen("input.txt", "w");
  for (int i = 0; i < 12; i++) fprintf(f, "line %d: a:b\n", i);
  // CHECK: __mig_fclose(f);
  fclose(f);
}

static void show(const char *name) {
  char buf[128];
  FILE *f = fopen(name, "r");
  printf("== %s\n", name);
  while (fgets(buf, sizeof buf, f)) fputs(buf, stdout);
  fclose(f);
}

int main(int argc, char **argv) {
  if (argc < 2 || chdir(argv[1]) != 0) return 1;
  make_input();
  FILE *log = fopen("log.txt", "w");
  fputs("log\n", log);
  fclose(log);
  g_log = fopen("log.txt", "a");
  FILE *upd = fopen("upd.txt", "w+");
  fputs("................\n", upd);
  struct job *j = malloc(sizeof *j);
  j->in = fopen("input.txt", "r");
  j->out = fopen("out.txt", "w");
  j->lines = 0;
  g_out_alias = j->out;
  int c, colons = 0;
  long spin = 0;
  while ((c = fgetc(j->in)) != EOF) { // a poll per character
    if (c == ':') { // counted once: re-reading it after a restore would count it twice
      colons++;
      ungetc('=', j->in);
      for (int k = 0; k < 2; k++) spin += step(k); // polls with the ungetc pending
      continue;
    }
    fputc(c, j->out);
    if (c == '\n') {
      j->lines++;
      fprintf(g_log, "%ld at %ld\n", j->lines, ftell(j->in));
      fseek(upd, j->lines, SEEK_SET);
      fputc('#', upd);
    }
  }
  printf("lines %ld, colons %d, spin %ld, same stream %d\n", j->lines, colons, spin,
         g_out_alias == j->out);
  fclose(j->in);
  fclose(j->out);
  fclose(g_log);
  fclose(upd);
  free(j);
  show("out.txt");
  show("log.txt");
  show("upd.txt");
  return 0;
}
