// setjmp/longjmp across a checkpoint (preprocessor/src/SetjmpSites.h): the
// frame that called setjmp re-arms its buffer while it is rewound, so a
// longjmp after a restore lands where it would have. Covered: a setjmp in an
// outer frame with the poll points several frames deeper (Lua's
// luaD_rawrunprotected: a local buffer chained into a heap struct), nested
// buffers, a buffer inside a heap block, sigsetjmp with the signal mask
// (the mask saved in the buffer survives and siglongjmp restores it), and a
// longjmp that abandons frames with shadow frames. Every poll point is
// stopped at and restored, on x86-64 and AArch64.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 400 --aarch64-stops 12 %s %t.d
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

struct jump { struct jump *prev; jmp_buf b; volatile int status; };
struct state { struct jump *errorJmp; int depth; long acc; };

static void raise_error(struct state *S, int code) {
  S->errorJmp->status = code;
  longjmp(S->errorJmp->b, 1);
}

// Three frames below the setjmp, with a local whose address escapes (a
// shadow frame the longjmp abandons).
static long leaf(struct state *S, int i) {
  long local = i;
  long *p = &local;
  for (int k = 0; k < 3; k++) *p += k;
  if (i % 4 == 3) raise_error(S, i);
  return *p;
}
static long middle(struct state *S, int i) {
  long r = 0;
  for (int k = 0; k < 2; k++) r += leaf(S, i + k);
  return r;
}

// CHECK-LABEL: static int protected_call(
// CHECK: __mig_sj_next: if (__mig_sj_i < 1) { __mig_sj_i = 1; if (__mig_sj_live(__mig_t{{[0-9]+}})) goto __mig_sj_site_1; }
// CHECK: __mig_sj_site_1: if (({ int __mig_sjr;
static int protected_call(struct state *S, int i) {
  struct jump lj;
  lj.status = 0;
  lj.prev = S->errorJmp;
  S->errorJmp = &lj;
  if (setjmp(lj.b) == 0) {
    S->acc += middle(S, i);
  }
  S->errorJmp = lj.prev;
  return lj.status;
}

// Nested buffers in one frame, the inner one in a heap block.
struct heapjmp { int tag; jmp_buf jb; };
static int nested(int n) {
  jmp_buf outer;
  struct heapjmp *h = malloc(sizeof *h);
  volatile int caught = 0;
  h->tag = n;
  if (!setjmp(outer)) {
    for (int i = 0; i < n; i++) {
      if (setjmp(h->jb) != 0) {
        caught++;
        continue;
      }
      for (int k = 0; k < 2; k++) printf("nested %d.%d\n", i, k);
      if (i % 2) longjmp(h->jb, 2);
    }
    longjmp(outer, 1);
  }
  free(h);
  return caught;
}

// sigsetjmp saves the signal mask; siglongjmp after the restore gives the
// saved one back (SIGUSR2 blocked at sigsetjmp, unblocked before the jump).
static sigjmp_buf sj;
static int masked(void) {
  sigset_t s, cur;
  sigemptyset(&s);
  sigaddset(&s, SIGUSR2);
  sigprocmask(SIG_BLOCK, &s, NULL);
  int r = sigsetjmp(sj, 1);
  if (r == 0) {
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    for (int k = 0; k < 3; k++) printf("masked step %d\n", k);
    siglongjmp(sj, 7);
  }
  sigprocmask(SIG_SETMASK, NULL, &cur);
  printf("masked r=%d blocked=%d\n", r, sigismember(&cur, SIGUSR2));
  sigprocmask(SIG_UNBLOCK, &s, NULL);
  return r;
}

int main(void) {
  struct state *S = calloc(1, sizeof *S);
  for (int i = 0; i < 8; i++) {
    int st = protected_call(S, i);
    printf("call %d: status %d acc %ld\n", i, st, S->acc);
  }
  printf("nested caught %d\n", nested(4));
  printf("masked %d\n", masked());
  free(S);
  return 0;
}
