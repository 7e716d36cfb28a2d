// Static locals in functions whose definition starts with the function's
// name (implicit int, old C): the moved statics are inserted where the
// definition starts, which is also where main's name is replaced by
// __mig_main; the rename once hid them (use of undeclared __mig_s_main_...).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration %s %t.d
#pragma clang diagnostic ignored "-Wimplicit-int"
int printf(const char *, ...);

struct s { unsigned long long a : 8, b : 32; };

// CHECK: static int [[CN:__mig_s_counter_n]] = 5; counter(step)
counter(step) {
  static int n = 5;
  int k = 0;
  while (k < step)
    k++;
  return n += k;
}

// CHECK: static struct s [[CI:__mig_s_main_i]]; static int [[CA:__mig_s_main_a]][] = {3, 4}; __mig_main()
main() {
  static struct s i;
  static int a[] = {3, 4};
  int t = 0;
  i.a = 12;
  for (int j = 0; j < 3; j++)
    t += counter(a[j % 2]);
  printf("%d %d %d\n", (int)i.a, a[1], t);
  return 0;
}
