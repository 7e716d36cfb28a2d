// Globals: scalars, arrays, a 2-D array, a file-static, an array of structs
// linked by pointers to its own elements, and pointers (and a pointer to a
// pointer) into other globals, all changed between poll points. Each is
// registered in the unit with its element type and count; the code using
// them is unchanged.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>

struct rec {
  int id;
  const char *label;
  struct rec *next;
};

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// Definitions are unchanged.
// CHECK: int g_int = 5;
int g_int = 5;
long g_long;
double g_dbl = 1.5;
unsigned char g_bytes[6] = {1, 2, 3};
int g_matrix[2][2] = {{1, 2}, {3, 4}};
static int s_hidden = -7;
struct rec g_recs[3] = {{1, "first", &g_recs[1]}, {2, "second", &g_recs[2]}, {3, "third", 0}};
// CHECK: struct rec *g_head = &g_recs[0];
struct rec *g_head = &g_recs[0];
int *g_ptr = &g_matrix[1][0];
int **g_pptr = &g_ptr;
static struct rec *s_cur;

// CHECK-LABEL: int __mig_main(void) {
// CHECK-SAME: struct __mig_rf___mig_main {int i; int [[T:__mig_t[0-9]+]]; };
int main(void) {
  s_cur = g_head;
  for (int i = 0; i < 6; i++) {
    // CHECK: __mig_resume_[[#]]: [[T]] = tick(g_int * 3); __MIG_AFTER_CALL([[#]]); g_int = [[T]] % 1000;
    g_int = tick(g_int * 3) % 1000;
    g_long += g_int;
    g_dbl *= 1.25;
    g_bytes[i] = (unsigned char)(g_bytes[i] + i * 40);
    g_matrix[i % 2][(i + 1) % 2] += i;
    s_hidden -= i;
    // CHECK: **g_pptr += 1;
    **g_pptr += 1;
    if (i == 3)
      g_ptr = &g_int;
    printf("i=%d g_int=%d g_long=%ld g_dbl=%.4f s_hidden=%d *g_ptr=%d\n", i, g_int, g_long,
           g_dbl, s_hidden, *g_ptr);
    printf("  bytes=%u,%u,%u,%u,%u,%u matrix=%d,%d,%d,%d cur=%d:%s\n", g_bytes[0], g_bytes[1],
           g_bytes[2], g_bytes[3], g_bytes[4], g_bytes[5], g_matrix[0][0], g_matrix[0][1],
           g_matrix[1][0], g_matrix[1][1], s_cur ? s_cur->id : 0, s_cur ? s_cur->label : "-");
    s_cur = s_cur && s_cur->next ? s_cur->next : g_head;
    g_recs[i % 3].id += 10;
  }
  return 0;
}
// CHECK-LABEL: static const __mig_global __mig_globals[] = {
// CHECK: {"g_int", (void *)&g_int, &__mig_type_int, 1, 0},
// CHECK: {"g_long", (void *)&g_long, &__mig_type_long, 1, 0},
// CHECK: {"g_dbl", (void *)&g_dbl, &__mig_type_double, 1, 0},
// CHECK: {"g_bytes", (void *)&g_bytes, &__mig_type_uchar, 6, 0},
// CHECK: {"g_matrix", (void *)&g_matrix, &__mig_type_int, 4, 0},
// CHECK: {"globals.c:s_hidden", (void *)&s_hidden, &__mig_type_int, 1, 0},
// CHECK: {"g_recs", (void *)&g_recs, &__mig_ty_{{[0-9]+}}, 3, 0},
// CHECK: {"g_head", (void *)&g_head, &__mig_type_ptr, 1, 0},
// CHECK: {"g_ptr", (void *)&g_ptr, &__mig_type_ptr, 1, 0},
// CHECK: {"g_pptr", (void *)&g_pptr, &__mig_type_ptr, 1, 0},
// CHECK: {"globals.c:s_cur", (void *)&s_cur, &__mig_type_ptr, 1, 0},
// CHECK-NEXT: };
