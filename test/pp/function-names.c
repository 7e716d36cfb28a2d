// __func__, __FUNCTION__ and __PRETTY_FUNCTION__ keep naming the function
// they are written in: in main, which mig-pp renames __mig_main (they said
// "__mig_main": GCC torture 20001011-1), and in the initializer of a static
// local, which mig-pp moves to file scope (where they are not allowed). They
// become registered literals, so a pointer to one migrates (who.name).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#include <stdio.h>
#include <string.h>

// CHECK-DAG: static char [[MAIN:__mig_str_[0-9]+]][] = "main";
// CHECK-DAG: static char [[PRETTY:__mig_str_[0-9]+]][] = "int main(void)";
// CHECK-DAG: static char [[WHO:__mig_str_[0-9]+]][] = "who";
// CHECK: static const char *__mig_s_who_name = [[WHO]];
static const char *who(int n) {
  static const char *name = __func__;
  while (n > 0)
    n--;
  return name;
}

int main(void) {
  for (int i = 0; i < 3; i++) {
    // CHECK: printf("%s %s %s %d\n", [[MAIN]], [[MAIN]], [[PRETTY]], i);
    printf("%s %s %s %d\n", __func__, __FUNCTION__, __PRETTY_FUNCTION__, i);
    puts(who(i));
  }
  return strcmp(__func__, "main") != 0;
}
