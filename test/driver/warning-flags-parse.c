// Flags that turn an error clang reports by default into a warning (or
// silence it) reach mig-pp's parser as well as clang: old C with implicit int
// and implicit function declarations builds with migcc exactly when it builds
// with clang, and -w silences the warnings mig-pp's parse would print.
// RUN: %migcc -v -O1 -w -Wno-implicit-int -Wno-error=implicit-function-declaration %s -o %t 2> %t.err
// RUN: %FileCheck %s --input-file=%t.err --check-prefix=VERBOSE
// VERBOSE: mig-pp {{.*}} -- --target=x86_64-linux-gnu {{.*}}-w -Wno-implicit-int -Wno-error=implicit-function-declaration
// VERBOSE-NOT: warning:
// RUN: %t | %FileCheck %s
// Without them, clang's default errors, from mig-pp's parse, at the user's line.
// RUN: %not %migcc -O1 %s -o %t.bad 2>&1 | %FileCheck %s --check-prefix=ERR
// ERR: warning-flags-parse.c:[[@LINE+2]]:1: error: type specifier missing
int printf(const char *, ...);
twice(x) int x;
{
  int n = 0;
  while (n < 2)
    n++;
  return n * x;
}
main() {
  printf("%d\n", twice(21));
  // CHECK: 42
  exit(0);
}
