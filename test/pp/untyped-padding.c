// Padding bytes of untyped memory never written by the program (the 7 bytes
// after a one-byte tag, as in Lua's TValue) held a freed block's stale
// pointers: the word [tag | 7 stale pointer bytes] then looked like an
// address inside a saved object, and the conservative scan translated it,
// changing the tag (Lua: "bad 'for' limit (number expected, got number)"
// after a restore). Untyped blocks now start zeroed (and where realloc grows
// them). The stale pointers point into a block whose slot moves on restore.
// REQUIRES: mig-pp, migrt-x86_64, migrt-aarch64, qemu-aarch64
// RUN: %check-migration --max-all 200 --aarch64-stops 6 %s %t.d
#include <stdio.h>
#include <stdlib.h>

struct tv {
  long v;
  unsigned char tt; /* then 7 bytes of padding */
};

static void *xalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

int main(void) {
  char *first = xalloc(600); /* 640-byte slots: 128 mod 256 apart */
  char *big = xalloc(600);
  free(first); /* the restore places big in first's slot */
  long sum = 0;
  for (int round = 0; round < 5; round++) {
    char **old = xalloc(4 * sizeof(struct tv)); /* stale pointers, then freed */
    for (int i = 0; i < 8; i++)
      old[i] = big + 400 + 8 * i;
    free(old);
    struct tv *t = xalloc(4 * sizeof(struct tv)); /* old's slot again */
    for (int i = 0; i < 4; i++) {
      t[i].v = round * 10 + i;
      t[i].tt = (unsigned char)(3 + 16 * (i & 1));
    }
    for (unsigned w = 1u << 6; w != 0; w >>= 1) /* poll points */
      sum += w % 5;
    for (int i = 0; i < 4; i++)
      printf("%ld:%d ", t[i].v, t[i].tt);
    printf("\n");
    free(t);
  }
  printf("sum %ld\n", sum);
  return 0;
}
