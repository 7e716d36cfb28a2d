// The locale a program set with setlocale() is saved by name per category
// and set again on restore (runtime/src/state_locale.c): multibyte
// functions behave as in the uninterrupted run after every stop, on x86-64
// and AArch64, as with plain clang. A locale missing on the receiver is a
// clear error naming it (here: the sender loads a copy of C.utf8 under
// another name from LOCPATH; the receiver has no LOCPATH).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %check-migration --max-all 60 %s %t.d
// RUN: %migcc -O1 %s -o %t.x86
// RUN: rm -rf %t.loc && mkdir -p %t.loc && cp -r /usr/lib/locale/C.utf8 %t.loc/xx_XX.UTF-8
// RUN: env LOCPATH=%t.loc MIG_STOP_AT=3 MIG_CKPT=%t.ck %t.x86 xx_XX.UTF-8 > %t.out; test $? = 85
// RUN: grep -q "LC_CTYPE xx_XX.UTF-8" %t.out
// RUN: env MIG_RESTORE=%t.ck %t.x86 > /dev/null 2> %t.err; test $? = 2
// RUN: %FileCheck --check-prefix=GONE %s < %t.err
// GONE: mig: error: {{.*}}the locale xx_XX.UTF-8 (LC_CTYPE) the program had set is not available here
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  const char *e_acute = "\xc3\xa9";
  printf("C locale: mblen %d\n", mblen(e_acute, 2));
  if (!setlocale(LC_CTYPE, argc > 1 ? argv[1] : "C.UTF-8")) {
    printf("no C.UTF-8\n");
    return 0;
  }
  long s = 0;
  for (int round = 0; round < 5; round++) {
    for (int i = 0; i < 3; i++) // polls
      s += i;
    printf("round %d: mblen %d, MB_CUR_MAX %d, LC_CTYPE %s, LC_NUMERIC %s\n", round,
           mblen(e_acute, 2), (int)MB_CUR_MAX, setlocale(LC_CTYPE, NULL),
           setlocale(LC_NUMERIC, NULL));
  }
  return 0;
}
