/* Exits with 3 normally, 4 when resumed (mig_checkpoint() returned 1). */
#include <mig.h>
#include <stdio.h>
int main(void) {
  int resumed = 0;
  for (int i = 0; i < 5; i++) {
    if (mig_checkpoint() == 1) resumed = 1;
    printf("%d\n", i);
  }
  return resumed ? 4 : 3;
}
