/* Large blocks (> 1 KiB) of sizes that make a malloc aligning to 8 (armhf's
 * glibc) return addresses 8 modulo 16 for about half of them; each is freed
 * and realloc'ed through the rewritten calls. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *b[16];
  long sum = 0;
  for (int i = 0; i < 16; i++) {
    b[i] = malloc(1100 + 8 * i);
    memset(b[i], i, 1100 + 8 * i);
  }
  for (int i = 0; i < 16; i += 2) {
    b[i] = realloc(b[i], 2000 + 24 * i);
    sum += b[i][1099];
  }
  for (int i = 0; i < 16; i++) {
    sum += b[i][0];
    free(b[i]);
  }
  printf("sum %ld\n", sum);
  return 0;
}
