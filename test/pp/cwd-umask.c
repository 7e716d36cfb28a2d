// The working directory and the umask travel with a checkpoint
// (runtime/src/state_cwd.c): a program that went into a directory and set
// its umask reads a file by a relative path and creates one after the
// restore, wherever the restore was started; a directory that is gone on the
// receiver is an error naming it.
//
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: rm -rf %t.d && mkdir -p %t.d/work %t.d/elsewhere
// RUN: printf 'hello from work\n' > %t.d/work/data.txt
// RUN: %migcc -O1 %s -o %t.x86
// RUN: %migcc -O1 --target=aarch64-linux-gnu %s -o %t.a64
// RUN: cd %t.d && %t.x86 work > %t.d/ref.out
// RUN: rm -f %t.d/work/made.txt
// RUN: cd %t.d && env MIG_STOP_AT=50 MIG_CKPT=%t.d/ck %t.x86 work > %t.d/o1; test $? = 85
// RUN: rm -f %t.d/work/made.txt
// RUN: cd %t.d/elsewhere && env MIG_RESTORE=%t.d/ck %t.x86 > %t.d/o2
// RUN: cat %t.d/o1 %t.d/o2 | diff - %t.d/ref.out
// RUN: test -f %t.d/work/made.txt && test ! -e %t.d/elsewhere/made.txt
// RUN: rm -f %t.d/work/made.txt
// RUN: cd %t.d/elsewhere && env MIG_RESTORE=%t.d/ck %run-aarch64 %t.a64 > %t.d/o3
// RUN: cat %t.d/o1 %t.d/o3 | diff - %t.d/ref.out
// RUN: test -f %t.d/work/made.txt
//
// The directory is gone: one line naming it, exit 2.
// RUN: mv %t.d/work %t.d/moved
// RUN: cd %t.d/elsewhere && env MIG_RESTORE=%t.d/ck %t.x86 > /dev/null 2> %t.d/err; test $? = 2
// RUN: %FileCheck --check-prefix=GONE %s < %t.d/err
// GONE: mig: error: {{.*}}cannot return to the working directory {{.*}}/work: No such file or directory
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc > 1 && chdir(argv[1]) != 0) return 1;
  umask(027);
  long sum = 0;
  for (int i = 0; i < 100; i++) { // a poll per round
    sum += i;
    if (i == 10) printf("round %d\n", i);
  }
  char line[64] = "";
  FILE *f = fopen("data.txt", "r");
  if (!f || !fgets(line, sizeof line, f)) return 2;
  fclose(f);
  printf("read: %s", line);
  FILE *g = fopen("made.txt", "w");
  if (!g) return 3;
  fclose(g);
  struct stat st;
  if (stat("made.txt", &st) != 0) return 4;
  mode_t old = umask(0);
  printf("umask %03o, made.txt mode %03o, sum %ld\n", (unsigned)old, (unsigned)(st.st_mode & 0777),
         sum);
  return 0;
}
