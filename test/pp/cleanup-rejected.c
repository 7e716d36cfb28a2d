// A local with __attribute__((cleanup)) live at a poll point or a migratable
// call is refused at its line: mig-pp hoists saved variables to the top of
// the function and resumes into their scope with a goto, so the cleanup
// would run at the wrong time or never. One whose scope holds no poll point
// and no migratable call is left as written (gnu-extensions.c).
// REQUIRES: mig-pp
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %not %mig-pp %t.i -o %t.mig.c 2>&1 | %FileCheck %s
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tick(int v) {
  int k = 0;
  while (k < 2)
    k++;
  return v + k - 2;
}

static void release(char **p) { free(*p); }

int main(void) {
  int total = 0;
  for (int r = 0; r < 3; r++) {
    // CHECK: {{.*}}cleanup-rejected.c:[[@LINE+1]]:45: error: 'msg' has __attribute__((cleanup)) and is live at a poll point or migratable call; mig-pp cannot resume inside its scope (call the cleanup function explicitly instead)
    __attribute__((cleanup(release))) char *msg = strdup("round");
    total += tick(r) + (int)strlen(msg);
  }
  printf("%d\n", total);
  return 0;
}
