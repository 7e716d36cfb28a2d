// C library structs in saved data are converted field by field by name
// between the two C libraries' layouts: glibc's `struct stat` has 15 fields
// on x86-64 and 16 on AArch64 (other order, other widths), `struct tm`,
// `struct timespec`, `div_t`, `ldiv_t`. Before, the AArch64 restore refused:
// "struct stat has 16 fields here, 15 in the checkpoint". A field on one side
// only is zeroed (receiver) or dropped (sender).
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: %check-migration --spread 8 --aarch64-stops 4 %s %t.d
// AArch64 -> x86-64 (check-migration does x86-64 -> both):
// RUN: env MIG_STOP_AT=3 MIG_CKPT=%t.a.ck %run-aarch64 %t.d/aarch64 > %t.a1.out; test $? = 85
// RUN: env MIG_RESTORE=%t.a.ck %t.d/x86_64 > %t.a2.out
// RUN: cat %t.a1.out %t.a2.out | diff - %t.d/ref.out
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static struct stat st;
static struct tm when;
static struct timespec ts[2];
static div_t q;
static ldiv_t lq;

int main(void) {
  memset(&st, 0, sizeof st);
  st.st_size = 123456789;
  st.st_mode = 0100644;
  st.st_nlink = 3;
  st.st_uid = 1000;
  st.st_blksize = 4096;
  st.st_blocks = 16;
  st.st_mtim.tv_sec = 1700000000;
  st.st_mtim.tv_nsec = 5;
  when.tm_year = 126;
  when.tm_mon = 11;
  when.tm_mday = 7;
  when.tm_hour = 18;
  ts[1].tv_sec = 42;
  ts[1].tv_nsec = 999;
  q = div(17, 5);
  lq = ldiv(1000000007L, 10L);
  long acc = 0;
  for (int i = 0; i < 6; i++) {
    st.st_size += i;
    when.tm_min = i;
    ts[1].tv_nsec += i;
    acc += (long)st.st_size % 1000 + (long)st.st_nlink + (long)(st.st_mode & 0777) +
           (long)st.st_blksize + (long)st.st_blocks + (long)st.st_mtim.tv_sec % 100 +
           when.tm_year + when.tm_mday + when.tm_min + (long)ts[1].tv_sec + ts[1].tv_nsec +
           q.quot + q.rem + lq.rem + (long)st.st_uid;
    printf("%d %ld\n", i, acc);
  }
  return 0;
}
