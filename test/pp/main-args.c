// main(argc, argv, envp): main is renamed __mig_main, keeps its three
// parameters (saved in its frame like any others), and the runtime calls it
// through __mig_user_main. argv and envp point into the process's initial
// stack; after a restore they point to the restored copies. The arguments
// include a space and an empty string; the exit status is argc.
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d -- one "two words" '' --flag
#include <stdio.h>
#include <string.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

// CHECK-LABEL: int __mig_main(int argc, char **argv, char **envp) {
// CHECK-SAME: struct __mig_rf___mig_main {int argc; char **argv; char **envp;
int main(int argc, char **argv, char **envp) {
  int has_path = 0;
  // CHECK: for (e = envp; *e; e++)
  // CHECK: __MIG_POLL([[#]])
  for (char **e = envp; *e; e++)
    if (strncmp(*e, "PATH=", 5) == 0)
      has_path = 1;
  printf("argc=%d has PATH: %s\n", argc, has_path ? "yes" : "no");
  for (int i = 1; i < argc; i++) {
    // An operand reading through a pointer is evaluated before the resume
    // label (a resumed call does not read memory again):
    // CHECK: [[A:__mig_t[0-9]+]] = (int)strlen(argv[i]); __mig_resume_[[#]]: [[T:__mig_t[0-9]+]] = tick([[A]]); __MIG_AFTER_CALL([[#]]); int len = [[T]];
    int len = tick((int)strlen(argv[i]));
    printf("arg %d: '%s' (%d)\n", i, argv[i], len);
  }
  char **last = argv + argc - 1;
  printf("last: '%s'\n", argc > 1 ? *last : "(none)");
  printf("argv[argc] is %s\n", argv[argc] ? "set" : "NULL");
  // CHECK: return argc;
  return argc;
}
// main's address is not taken: it is not in the function table.
// CHECK-NOT: (void (*)(void))&__mig_main,
// CHECK: int __mig_user_main(int argc, char **argv, char **envp) { {{.*}} return __mig_main(argc, argv, envp); }
// CHECK-NOT: {{^}}int main(
