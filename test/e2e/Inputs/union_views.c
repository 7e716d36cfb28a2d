/* Unions with a byte-array member (union_conv.c): the `char[]` member is a
 * view of the other members' bytes. Across byte order and width the scalar
 * members keep their values and the view shows the receiver's
 * representation of them, as if the program had stored them there: what
 * this prints does not depend on the ABI. Bytes that no other member
 * covers (`tail` past the int) are copied as they are. */
#include <stdio.h>
#include <string.h>

union word {               /* a long, its pointer twin, and its bytes twice */
  long l;
  long *p;
  unsigned char bytes[8]; /* not sizeof(long): a fingerprint counts elements */
  signed char sbytes[8];
};
union packet {             /* an int with room after it */
  int n;
  unsigned char raw[12];
};
struct value {             /* the view is longer than the other members */
  int tag;
  union {
    long i;
    struct value *next;
    char text[16];
  } u;
};

static long target = 99;

/* 1 when the view holds this ABI's representation of the value. */
static int view_matches_long(const unsigned char *bytes, long v) {
  return memcmp(bytes, &v, sizeof v) == 0;
}

int main(void) {
  union word w[3];
  union packet pk;
  struct value vals[3];
  w[0].l = 258;
  w[1].l = -7;
  w[2].p = &target;
  memset(&pk, 0, sizeof pk);
  pk.n = 0x01020304;
  memcpy(pk.raw + 4, "tail", 4); /* bytes past the int: no member covers them */
  memset(vals, 0, sizeof vals);
  vals[0].tag = 0, vals[0].u.i = 1000003;
  vals[1].tag = 1, vals[1].u.i = -12;
  vals[2].tag = 2, vals[2].u.next = &vals[0];
  long sum = 0;
  for (int step = 0; step < 4; step++) {
    sum += w[0].l + w[1].l + *w[2].p + pk.n;
    sum += vals[0].u.i + vals[1].u.i + vals[2].u.next->u.i;
    printf("step %d: %ld views %d %d %d tail %.4s\n", step, sum,
           view_matches_long(w[0].bytes, 258), view_matches_long(w[1].bytes, -7),
           view_matches_long((const unsigned char *)vals[0].u.text, 1000003), (const char *)pk.raw + 4);
  }
  return 0;
}
