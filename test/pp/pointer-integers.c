// Pointers stored in integers (MigThread's unsafe factor): mig-pp marks,
// flow-insensitively per unit, every integer variable, parameter, array and
// struct field that is ever given a pointer-derived value
// (PointerIntegers.h) and describes the wide ones as pointer-carrying
// integers (MIG_K_PTRINT). The runtime re-bases such a value like a pointer
// when it is the address of a saved object, and keeps any other value as a
// number (runtime/src/state_pointers.c). Without this, `long v =
// (long)malloc(n)` came back as the sender's address.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --max-all 80 %s %t.d
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// CHECK-DAG: static const __mig_type __mig_ty_ptrint_long = {"ptrint long", MIG_K_PTRINT, MIG_TF_SIGNED | MIG_TF_HAS_PTR, sizeof(long), _Alignof(long), 0, 0, 0};
// CHECK-DAG: static const __mig_type __mig_ty_ptrint_unsigned_long = {"ptrint unsigned long", MIG_K_PTRINT, 0 | MIG_TF_HAS_PTR, sizeof(unsigned long), _Alignof(unsigned long), 0, 0, 0};

struct node {
  int value;
  uintptr_t next_tagged; // the next node's address | 1 when marked
  long plain;            // never a pointer: stays a long
};
// CHECK-DAG: {"next_tagged", &__mig_ty_ptrint_unsigned_long, {{.*}}}
// CHECK-DAG: {"plain", &__mig_type_long, {{.*}}}

long g_block;           // a global holding a heap address
uintptr_t g_table[4];   // an array of them
long g_count;           // a number
// CHECK-DAG: {"g_block", (void *)&g_block, &__mig_ty_ptrint_long, 1, 0}
// CHECK-DAG: {"g_table", (void *)&g_table, &__mig_ty_ptrint_unsigned_long, 4, 0}
// CHECK-DAG: {"g_count", (void *)&g_count, &__mig_type_long, 1, 0}

static long address_of(int *p) { return (long)p; } // returns a pointer-derived value

static int sum_through(long base, int n) { // the parameter carries a pointer
  int s = 0;
  for (int i = 0; i < n; i++)
    s += ((int *)base)[i];
  return s;
}

int main(void) {
  long v1 = (long)malloc(8 * sizeof(int)); // the example
  for (int i = 0; i < 8; i++)
    ((int *)v1)[i] = i * i;
  g_block = (long)calloc(4, sizeof(double));
  struct node *head = NULL;
  for (int i = 0; i < 5; i++) {
    struct node *n = malloc(sizeof *n);
    n->value = i;
    n->next_tagged = (uintptr_t)head | (uintptr_t)(i % 2);
    n->plain = 1000 + i;
    head = n;
  }
  for (int i = 0; i < 4; i++)
    g_table[i] = (uintptr_t)strdup(i % 2 ? "odd" : "even");
  long past = (long)v1 + 4 * sizeof(int); // arithmetic: into the same block
  long from_call = address_of((int *)v1 + 1);
  intptr_t local_var_addr = (intptr_t)&g_count;
  long total = 0;
  for (int round = 0; round < 6; round++) { // a poll per round
    total += sum_through(v1, 8) + ((int *)past)[0] + *(int *)from_call;
    ((double *)g_block)[round % 4] += round * 0.5;
    *(long *)local_var_addr += round;
    for (uintptr_t p = (uintptr_t)head; p; p = ((struct node *)p)->next_tagged & ~(uintptr_t)1)
      total += ((struct node *)p)->value + (((struct node *)p)->next_tagged & 1) +
               ((struct node *)p)->plain;
    for (int i = 0; i < 4; i++)
      total += (long)strlen((const char *)g_table[i]);
    printf("round %d total %ld count %ld block %g\n", round, total, g_count,
           ((double *)g_block)[round % 4]);
  }
  return 0;
}
