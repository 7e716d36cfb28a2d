// docs/design.md, "Shape of a transformed function": the listing there is
// mig-pp's output for sum() below, and the CHECK lines here are that listing,
// line by line (CHECK-SAME where mig-pp writes the listing's lines on one
// line). When mig-pp's output changes, change the listing and these lines
// together.
// REQUIRES: mig-pp
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
#include <mig.h>
#include <stdio.h>

struct node {
  int v;
  struct node *next;
};

// CHECK-LABEL: int sum(struct node *n) {
// CHECK-SAME:    struct __mig_rf_sum {struct node *n; int s; };
// CHECK-SAME:    int __mig_site = 0;
// CHECK-SAME:    static int __mig_zero;
// CHECK-SAME:    int s = {0};
// CHECK-SAME:    if (__builtin_expect(__mig_state != 0, 0)) {
// CHECK-SAME:      struct __mig_rf_sum *__mig_rf = (struct __mig_rf_sum *)__mig_rewind_frame(&__mig_fn_sum, &__mig_site);
// CHECK-SAME:      __builtin_memcpy((void *)&n, (const void *)&__mig_rf->n, sizeof(n));
// CHECK-SAME:      __builtin_memcpy((void *)&s, (const void *)&__mig_rf->s, sizeof(s));
// CHECK-SAME:      (void)__mig_rf;
// CHECK-SAME:      switch (__mig_site) { case 1: goto __mig_resume_1; case 2: goto __mig_resume_2; default: __builtin_trap(); }
// CHECK-SAME:    }
// CHECK-NEXT:    s = 0;
// CHECK-NEXT:    while (n) { __MIG_POLL(2) {
// CHECK-NEXT:      s += n->v;
// CHECK-NEXT:      n = n->next;
// CHECK-NEXT:      { __mig_resume_1: mig_checkpoint(); __MIG_AFTER_CALL(1); ((void)0); }
// CHECK-NEXT:    } }
// CHECK-NEXT:    return s;
// CHECK-NEXT:    return __mig_zero;
// CHECK-SAME:  __mig_unwind_1: __mig_unwind_2: __mig_unwind: __attribute__((unused));
// CHECK-SAME:    {
// CHECK-SAME:      struct __mig_rf_sum *__mig_rf = (struct __mig_rf_sum *)__mig_unwind_frame(&__mig_fn_sum, __mig_site, 0);
// CHECK-SAME:      __builtin_memcpy(&__mig_rf->n, (const void *)&n, sizeof(n));
// CHECK-SAME:      __builtin_memcpy(&__mig_rf->s, (const void *)&s, sizeof(s));
// CHECK-SAME:      return __mig_zero;
// CHECK-SAME:    }
// CHECK-SAME:  }
int sum(struct node *n) {
  int s = 0;
  while (n) {
    s += n->v;
    n = n->next;
    mig_checkpoint();
  }
  return s;
}

int main(void) {
  struct node c = {3, 0}, b = {2, &c}, a = {1, &b};
  printf("%d\n", sum(&a));
  return 0;
}
