// Descriptors travel with a checkpoint (runtime/src/vfiles.c,
// state_files.c): open (O_RDONLY, O_WRONLY|O_CREAT|O_TRUNC, O_RDWR,
// O_APPEND), openat relative to a directory descriptor, creat, dup and dup2
// (which share their offset after the restore as before), fdopen on a
// descriptor, and close. Each is re-opened by path at its descriptor number
// and offset; the files and the output equal an uninterrupted run's after
// every stop (x86-64 -> x86-64, x86-64 -> AArch64 and AArch64 -> x86-64).
//
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: rm -rf %t.w && mkdir -p %t.w/sub
// RUN: %check-migration --spread 16 --aarch64-stops 0 %s %t.d -- %t.w
// The append-mode file grows with every run, so check-migration (which
// restores old checkpoints after later runs in one directory) stays on
// x86-64; each direction across architectures gets a fresh directory:
// RUN: %migcc -O1 %s -o %t.x86
// RUN: %migcc -O1 --target=aarch64-linux-gnu %s -o %t.a64
// RUN: rm -rf %t.r && mkdir -p %t.r/sub && %t.x86 %t.r > %t.ref
// x86-64 -> AArch64:
// RUN: rm -rf %t.1 && mkdir -p %t.1/sub && env MIG_STOP_AT=40 MIG_CKPT=%t.1/ck %t.x86 %t.1 > %t.1/o1; test $? = 85
// RUN: env MIG_RESTORE=%t.1/ck %run-aarch64 %t.a64 > %t.1/o2 && cat %t.1/o1 %t.1/o2 | diff - %t.ref
// AArch64 -> x86-64:
// RUN: rm -rf %t.2 && mkdir -p %t.2/sub && env MIG_STOP_AT=40 MIG_CKPT=%t.2/ck %run-aarch64 %t.a64 %t.2 > %t.2/o1; test $? = 85
// RUN: env MIG_RESTORE=%t.2/ck %t.x86 > %t.2/o2 && cat %t.2/o1 %t.2/o2 | diff - %t.ref
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int g_copy; // a dup'ed descriptor in a global

static void show(const char *name) {
  char buf[256];
  int fd = open(name, O_RDONLY);
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  buf[n > 0 ? n : 0] = '\0';
  printf("== %s\n%s", name, buf);
}

int main(int argc, char **argv) {
  if (argc < 2 || chdir(argv[1]) != 0) return 1;
  // CHECK: w = __mig_open("data.txt", {{.*}}, 0644);
  int w = open("data.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  for (int i = 0; i < 8; i++) dprintf(w, "record %d\n", i);
  // CHECK: __mig_close(w);
  close(w);
  int dir = open("sub", O_RDONLY | O_DIRECTORY);
  // CHECK: in = __mig_openat(dir, "../data.txt", {{.*}});
  int in = openat(dir, "../data.txt", O_RDONLY);
  // CHECK: out = __mig_creat("sub/copy.txt", 0644);
  int out = creat("sub/copy.txt", 0644);
  // CHECK: g_copy = __mig_dup(out);
  g_copy = dup(out);
  int app = open("app.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  write(app, "start\n", 6);
  close(app);
  app = open("app.txt", O_WRONLY | O_APPEND);
  // CHECK: __mig_dup2(app, 9);
  dup2(app, 9);
  int rw = open("rw.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  write(rw, "0123456789\n", 11);
  // CHECK: st = __mig_fdopen(rw, "r+");
  FILE *st = fdopen(rw, "r+");
  char c;
  int k = 0;
  while (read(in, &c, 1) == 1) { // a poll per byte
    // out and g_copy share one offset: alternate between them
    write(k % 2 ? g_copy : out, &c, 1);
    if (c == '\n') {
      write(9, "line\n", 5);
      fseek(st, k % 10, SEEK_SET);
      fputc('#', st);
      fflush(st);
    }
    k++;
  }
  printf("copied %d bytes, offset %ld\n", k, (long)lseek(out, 0, SEEK_CUR));
  close(in);
  close(out);
  close(g_copy);
  close(app);
  close(9);
  close(dir);
  fclose(st);
  show("sub/copy.txt");
  show("app.txt");
  show("rw.txt");
  return 0;
}
