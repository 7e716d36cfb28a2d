/* posix_memalign and aligned_alloc with sizes that are not multiples of
 * the alignment: the runtime must not pass those to the C library's
 * aligned_alloc (ASan aborts on them). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  void *p = NULL;
  int rc = posix_memalign(&p, 64, 100);
  void *q = aligned_alloc(128, 1000);
  printf("%d %d %d\n", rc, (int)((uintptr_t)p % 64), q ? (int)((uintptr_t)q % 128) : -1);
  free(p);
  free(q);
  return 0;
}
