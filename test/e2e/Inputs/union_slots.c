/* Unions whose layout differs between ABIs but whose conversion does not
 * depend on the live member (union_conv.c): integers of one size, pointers
 * next to integers, same-size IEEE floats next to integers, pointer pairs.
 * With REFUSE defined, a union whose `long` lies over a `short[4]`: refused
 * across byte order, naming the variable (a `char[8]` would be a byte view,
 * see union_views.c). */
#include <stdio.h>
#include <string.h>

static long twice(long v) { return 2 * v; }
static long neg(long v) { return -v; }

union num {          /* integers of one size per ABI: swapped / narrowed */
  long l;
  unsigned long u;
};
union ref {          /* a pointer or an integer, judged by value */
  long *p;
  long n;
};
union bits {         /* a double's bits or an integer of the same size */
  double d;
  long long ll;
};
union bits_int_first { /* the same, the integer declared first */
  long long ll;
  double d;
};
union call {         /* a function pointer or an integer */
  long (*fn)(long);
  long tag;
};
struct pair { long *a, *b; };
union cell {         /* pointers only, two slots */
  struct pair pr;
  long *one;
};
#ifdef REFUSE
union mixed {
  long l;
  short s[4];
};
#endif

static long target = 40;
static union ref g_ref;

int main(void) {
  union num n[2] = {{.l = -5}, {.u = 7}};
  union ref r[2];
  union bits b = {.d = 2.5};
  union bits_int_first b2 = {.ll = 0};
  b2.d = 0.75;
  union call c[2];
  union cell cell = {.pr = {&target, NULL}};
  long other = 2;
  r[0].p = &other;
  r[1].n = 123456;
  g_ref.p = &target;
  c[0].fn = twice;
  c[1].fn = neg;
#ifdef REFUSE
  union mixed m;
  m.l = 258;
#endif
  long sum = 0;
  for (int i = 0; i < 4; i++) {
    sum += n[0].l + (long)n[1].u + *r[0].p + r[1].n + (long)(b.d * 4) + (long)(b2.d * 4) + *g_ref.p;
    sum += c[i % 2].fn(i + 1) + *cell.pr.a + (cell.pr.b == NULL);
#ifdef REFUSE
    sum += m.l;
#endif
    printf("step %d: %ld\n", i, sum);
    b.ll ^= 0; /* the double's bits as an integer */
  }
  return 0;
}
