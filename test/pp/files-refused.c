// What cannot be re-opened by path refuses the checkpoint naming it
// (runtime/src/state_files.c), and the stop request waits for the next safe
// point where nothing such is open, like a live va_list: here a pipe, and a
// struct dirent * from readdir (it points into the directory stream) kept
// across a poll. The checkpoint is taken once both are gone, and the restore
// finishes the run as an uninterrupted one.
//
// REQUIRES: mig-pp, migrt-x86_64
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %migcc -O1 %s -o %t.x86
// RUN: %t.x86 %t.d > %t.d/ref.out
// RUN: env MIG_STOP_AT=5 MIG_CKPT=%t.d/ck %t.x86 %t.d > %t.d/o1 2> %t.d/err1; test $? = 85
// RUN: %FileCheck --check-prefix=PIPE %s < %t.d/err1
// PIPE: mig: checkpoint refused: global <runtime>:files_state (open descriptor {{[0-9]+}}) is a pipe: only regular files, directories and /dev/null can be migrated
// RUN: env MIG_RESTORE=%t.d/ck %t.x86 > %t.d/o2
// RUN: cat %t.d/o1 %t.d/o2 | diff - %t.d/ref.out
// RUN: env MIG_STOP_AT=150 MIG_CKPT=%t.d/ck2 %t.x86 %t.d > %t.d/o3 2> %t.d/err2; test $? = 85
// RUN: %FileCheck --check-prefix=DIRENT %s < %t.d/err2
// DIRENT: mig: checkpoint refused: {{.*}}variable e points into the directory stream of {{.*}}.d (readdir's result)
// RUN: env MIG_RESTORE=%t.d/ck2 %t.x86 > %t.d/o4
// RUN: cat %t.d/o3 %t.d/o4 | diff - %t.d/ref.out
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static long step(int i) { return i; } // a call: each loop round polls

int main(int argc, char **argv) {
  if (argc < 2) return 1;
  int fds[2];
  if (pipe(fds) != 0) return 2;
  long sum = 0;
  for (int i = 0; i < 50; i++) sum += step(i); // a stop here is refused: the pipe is open
  char c = '?';
  if (write(fds[1], "x", 1) != 1 || read(fds[0], &c, 1) != 1) return 3;
  close(fds[0]);
  close(fds[1]);
  for (int i = 0; i < 50; i++) sum += step(i);
  printf("sum %ld %c\n", sum, c);
  DIR *d = opendir(argv[1]);
  struct dirent *e = readdir(d);
  for (int i = 0; i < 50; i++) sum += step(i); // refused: e points into the stream
  printf("first entry named %s\n", strlen(e->d_name) ? "something" : "nothing");
  e = NULL;
  for (int i = 0; i < 50; i++) sum += step(i);
  closedir(d);
  for (int i = 0; i < 50; i++) sum += step(i);
  printf("sum %ld\n", sum);
  return 0;
}
