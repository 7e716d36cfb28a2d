// -D and -U are applied when preprocessing and shape the program.
// RUN: %migcc -DCOUNT=3 -DNAME=\"widget\" %s -o %t
// RUN: %t | %FileCheck %s --check-prefix=DEF
// DEF: 3 x widget
// DEF-NOT: debug
// RUN: %migcc -DDEBUG -UDEBUG -DCOUNT=1 "-DNAME=\"x y\"" %s -o %t2
// RUN: %t2 | %FileCheck %s --check-prefix=UNDEF
// UNDEF: 1 x x y
// RUN: %migcc -D DEBUG -D COUNT=2 -D NAME=\"z\" %s -o %t3
// RUN: %t3 | %FileCheck %s --check-prefix=DEBUG
// DEBUG: debug build
// DEBUG: 2 x z
#include <stdio.h>
int main(void) {
#ifdef DEBUG
  puts("debug build");
#endif
  printf("%d x %s\n", COUNT, NAME);
  return 0;
}
