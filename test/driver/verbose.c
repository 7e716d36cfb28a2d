// -v prints every command it runs, shell-quoted, on stderr: preprocess with
// the user's -D, mig-pp (with its own flags after the input), compile
// without -D, link with libmigrt.a.
// RUN: %migcc -v --poll=explicit -Wmig-unsafe "-DMSG=\"a b\"" -O1 %s -o %t 2> %t.err
// RUN: %FileCheck %s --input-file=%t.err
// CHECK: migcc version
// CHECK: Target: x86_64-linux-gnu
// CHECK: clang{{(-19)?}} --target=x86_64-linux-gnu {{.*}}-E {{.*}}'-DMSG="a b"'{{.*}} -I {{[^ ]*}}include {{.*}}verbose.c -o {{[^ ]*}}verbose.i
// One C file linked into a program: mig-pp may narrow indirect calls by type.
// CHECK-NEXT: mig-pp {{[^ ]*}}verbose.i -o {{[^ ]*}}verbose.c --whole-program --poll=explicit -Wmig-unsafe -- --target=x86_64-linux-gnu
// CHECK-NEXT: clang{{(-19)?}} --target=x86_64-linux-gnu {{.*}}-x c {{.*}}-O1 {{.*}}-c {{[^ ]*}}verbose.c -o {{[^ ]*}}verbose.o
// CHECK-NEXT: clang{{(-19)?}} --target=x86_64-linux-gnu {{.*}}verbose.o {{[^ ]*}}lib/x86_64-linux-gnu/libmigrt.a -lpthread -lm -o {{.*}}verbose.c.tmp{{$}}
// The compile step does not get the user's -D (already applied).
// RUN: grep -e ' -c ' %t.err | %not grep -e -DMSG
// RUN: %t | %FileCheck %s --check-prefix=OUT
// -v with -c stops before the link.
// RUN: %migcc -v -c -DMSG=\"x\" %s -o %t.o 2>&1 | %FileCheck %s --check-prefix=COMPILE
// COMPILE: mig-pp
// COMPILE-NOT: --whole-program
// COMPILE: -c {{.*}} -o {{.*}}verbose.c.tmp.o
// COMPILE-NOT: libmigrt.a
#include <stdio.h>
int main(void) {
  puts(MSG);
  // OUT: a b
  return 0;
}
// Every poll policy reaches mig-pp.
// RUN: %migcc -v --poll=recursive -DMSG=\"r\" %s -o %t.r 2>&1 | %FileCheck %s --check-prefix=RECURSIVE
// RECURSIVE: mig-pp {{.*}} --poll=recursive --
// RUN: %t.r | %FileCheck %s --check-prefix=OUT-R
// OUT-R: r
