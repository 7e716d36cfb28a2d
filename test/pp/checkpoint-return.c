// mig_checkpoint() and its return value: 0 when the checkpoint was written
// and execution goes on, 1 when execution resumes from it after a restore,
// negative when refused (-1 in a program not built by migcc). The value is
// stored in a local, compared in an if condition and passed to a function.
// Each call is a site: `__mig_resume_N: t = mig_checkpoint(); __MIG_AFTER_CALL(N);`.
// mig_checkpoint() counts as a poll point; the poll points are, in order:
// main's loop head (1), work(2) (2-3); loop head (4), work(3) (5-7),
// checkpoint A (8); loop head (9), work(4) (10-13), checkpoint B (14); loop
// head (15), work(5) (16-20); the last checkpoint (21).
// The output depends on the return value, so check-migration does not apply:
// the stops at the three checkpoints are checked one by one.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %clang -O1 -w -I %mig-include %t.mig.c %mig-lib-x86_64/libmigrt.a -lpthread -lm -o %t
// Not built by migcc:
// RUN: %clang -O1 -w -I %mig-include %s %pp-inputs/mig-checkpoint-stub.c -o %t.plain
// RUN: %t.plain | %FileCheck %s --check-prefix=PLAIN
// PLAIN: checkpoint A at i=1 total=4: -1 (refused or not built by migcc)
// PLAIN: checkpoint B: not resumed
// PLAIN: last: refused or not built by migcc
// Uninterrupted: every checkpoint is written and returns 0.
// RUN: rm -f %t.ck0 && env MIG_CKPT=%t.ck0 MIG_STATS=1 %t >%t.run 2>%t.err
// RUN: %FileCheck %s --check-prefix=GO --input-file %t.run
// RUN: %FileCheck %s --check-prefix=STATS --input-file %t.err
// RUN: test -s %t.ck0
// GO-NOT: resumed from it
// GO: i=0 total=1
// GO-NEXT: checkpoint A at i=1 total=4: 0 (written, going on)
// GO-NEXT: i=1 total=4
// GO-NEXT: checkpoint B: not resumed
// GO-NEXT: i=2 total=10
// GO-NEXT: i=3 total=20
// GO-NEXT: last: written, going on
// STATS: mig: polls=21 checkpoints=3
// Stop at checkpoint A (poll 8), restore: A returns 1, B and the last 0.
// RUN: env MIG_STOP_AT=8 MIG_CKPT=%t.a %t >%t.a1; test $? -eq 85
// RUN: env MIG_RESTORE=%t.a MIG_CKPT=%t.a.next %t >%t.a2
// RUN: cat %t.a1 %t.a2 | %FileCheck %s --check-prefix=STOPA
// STOPA: i=0 total=1
// STOPA-NEXT: checkpoint A at i=1 total=4: 1 (resumed from it)
// STOPA-NEXT: i=1 total=4
// STOPA-NEXT: checkpoint B: not resumed
// STOPA-NEXT: i=2 total=10
// STOPA-NEXT: i=3 total=20
// STOPA-NEXT: last: written, going on
// Stop at checkpoint B (poll 14), restore on x86-64 and on AArch64.
// RUN: env MIG_STOP_AT=14 MIG_CKPT=%t.b %t >%t.b1; test $? -eq 85
// RUN: env MIG_RESTORE=%t.b MIG_CKPT=%t.b.next %t >%t.b2
// RUN: cat %t.b1 %t.b2 | %FileCheck %s --check-prefix=STOPB
// STOPB: i=0 total=1
// STOPB-NEXT: checkpoint A at i=1 total=4: 0 (written, going on)
// STOPB-NEXT: i=1 total=4
// STOPB-NEXT: checkpoint B: resumed
// STOPB-NEXT: i=2 total=10
// STOPB-NEXT: i=3 total=20
// STOPB-NEXT: last: written, going on
// RUN: %if qemu-aarch64 && migrt-aarch64 %{ %clang --target=aarch64-linux-gnu -E -I %mig-include %s -o %t.a64.i %}
// RUN: %if qemu-aarch64 && migrt-aarch64 %{ %mig-pp %t.a64.i -o %t.a64.mig.c -- --target=aarch64-linux-gnu %}
// RUN: %if qemu-aarch64 && migrt-aarch64 %{ %clang --target=aarch64-linux-gnu -O1 -w -I %mig-include %t.a64.mig.c %mig-lib-aarch64/libmigrt.a -lpthread -lm -o %t.a64 %}
// RUN: %if qemu-aarch64 && migrt-aarch64 %{ env MIG_RESTORE=%t.b MIG_CKPT=%t.b.a64next %run-aarch64 %t.a64 >%t.b3 %}
// RUN: %if qemu-aarch64 && migrt-aarch64 %{ cat %t.b1 %t.b3 | %FileCheck %s --check-prefix=STOPB %}
// Stop at the last checkpoint (poll 21), restore: it returns 1.
// RUN: env MIG_STOP_AT=21 MIG_CKPT=%t.c %t >%t.c1; test $? -eq 85
// RUN: env MIG_RESTORE=%t.c MIG_CKPT=%t.c.next %t >%t.c2
// RUN: cat %t.c1 %t.c2 | %FileCheck %s --check-prefix=STOPC
// STOPC: i=3 total=20
// STOPC-NEXT: last: resumed from it
// STOPC-NOT: {{.}}
#include <mig.h>
#include <stdio.h>

static int work(int n) {
  int s = 0, k = 0;
  while (k < n) {
    s += k % 1000; // no closed form: the loop keeps its poll
    k++;
  }
  return s;
}

static const char *describe(int r) {
  switch (r) {
  case 0:
    return "written, going on";
  case 1:
    return "resumed from it";
  default:
    return "refused or not built by migcc";
  }
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  int total = 0;
  for (int i = 0; i < 4; i++) {
    total += work(i + 2);
    if (i == 1) {
      // CHECK: __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = mig_checkpoint(); __MIG_AFTER_CALL([[#]]); int r = [[T]];
      int r = mig_checkpoint();
      printf("checkpoint A at i=%d total=%d: %d (%s)\n", i, total, r, describe(r));
    }
    if (i == 2) {
      // CHECK: { __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = mig_checkpoint(); __MIG_AFTER_CALL([[#]]); if ([[T]] == 1)
      if (mig_checkpoint() == 1)
        printf("checkpoint B: resumed\n");
      else
        printf("checkpoint B: not resumed\n");
    }
    printf("i=%d total=%d\n", i, total);
  }
  // CHECK: { __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = mig_checkpoint(); __MIG_AFTER_CALL([[#]]); printf("last: %s\n", describe([[T]])); }
  printf("last: %s\n", describe(mig_checkpoint()));
  return 0;
}
