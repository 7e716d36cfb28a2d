/* tagged_values.c - a small interpreter's values: tagged unions whose
 * pointer members point into the heap, into string literals, at other
 * values and at functions, next to members that hold integers and doubles.
 *
 * The runtime cannot know by itself which member of a union is live; it
 * judges a pointer member by its value (the address of a saved object or a
 * known function is translated, anything else is kept). That is enough
 * between ABIs of the same layout, not across byte order or width: a
 * `long` sharing its bytes with a `double`, or a `char[16]` holding its own
 * bytes, converts differently depending on the live member. The program
 * knows: MIG_UNION_TAG (mig.h) declares which member each tag value makes
 * live, and the restore converts that member. The values here are built
 * so that every kind of member is live somewhere while the program polls,
 * and each step checks and prints what it reads back; what it prints is the
 * same on every target.
 */
#include <mig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tag { T_INT, T_REAL, T_STR, T_CONS, T_FN, T_BYTES };

struct value;
typedef long (*builtin)(long, long);

struct value {
  enum tag tag;
  union {
    long i;
    double d;
    const char *s;              /* a string literal or a heap string */
    struct { struct value *car, *cdr; } cons;
    builtin fn;
    unsigned char bytes[16];
  } u;
};

MIG_UNION_TAG(struct value, tag, u, T_INT, i);
MIG_UNION_TAG(struct value, tag, u, T_REAL, d);
MIG_UNION_TAG(struct value, tag, u, T_STR, s);
MIG_UNION_TAG(struct value, tag, u, T_CONS, cons);
MIG_UNION_TAG(struct value, tag, u, T_FN, fn);
MIG_UNION_TAG(struct value, tag, u, T_BYTES, bytes);

static long add(long a, long b) { return a + b; }
static long mul(long a, long b) { return a * b; }
static long sub(long a, long b) { return a - b; }

static const char *const names[] = {"alpha", "beta", "gamma", "delta"};

/* A global union too: it migrates as a global. */
static union {
  struct value *v;
  long raw;
} g_last;

enum slot_kind { S_PTR, S_NUM, S_REAL };
struct slot {
  enum slot_kind kind;
  union {
    struct value *p;
    long n;
    double d;
  } u;
};
MIG_UNION_TAG(struct slot, kind, u, S_PTR, p);
MIG_UNION_TAG(struct slot, kind, u, S_NUM, n);
MIG_UNION_TAG(struct slot, kind, u, S_REAL, d);

static struct value *make(enum tag t) {
  struct value *v = malloc(sizeof *v);
  memset(v, 0, sizeof *v);
  v->tag = t;
  return v;
}

static unsigned long long digest(const struct value *v, int depth) {
  if (!v || depth > 40) return 7;
  switch (v->tag) {
  case T_INT: return (unsigned long long)v->u.i * 31u;
  case T_REAL: return (unsigned long long)(v->u.d * 1000.0);
  case T_STR: return strlen(v->u.s) * 131u + (unsigned char)v->u.s[0];
  case T_CONS: return digest(v->u.cons.car, depth + 1) * 17u + digest(v->u.cons.cdr, depth + 1);
  case T_FN: return (unsigned long long)v->u.fn(6, 7);
  case T_BYTES: {
    unsigned long long h = 0;
    for (int k = 0; k < 16; k++) h = h * 3 + v->u.bytes[k];
    return h;
  }
  }
  return 0;
}

int main(void) {
  enum { N = 48 };
  struct value *vals[N];
  builtin fns[] = {add, mul, sub};
  char *heapstr = malloc(32);
  strcpy(heapstr, "on the heap");
  for (int i = 0; i < N; i++) {
    struct value *v = make((enum tag)(i % 6));
    switch (v->tag) {
    case T_INT: v->u.i = (long)i * 1000003L - 5; break;
    case T_REAL: v->u.d = i * 0.25 + 1.0 / 3.0; break;
    case T_STR: v->u.s = i % 12 == 2 ? heapstr : names[i % 4]; break;
    case T_CONS:
      v->u.cons.car = vals[i - 1];
      v->u.cons.cdr = i >= 5 ? vals[i - 5] : NULL;
      break;
    case T_FN: v->u.fn = fns[i % 3]; break;
    case T_BYTES:
      for (int k = 0; k < 16; k++) v->u.bytes[k] = (unsigned char)(i * 7 + k * 13);
      break;
    }
    vals[i] = v;
    g_last.v = v;
  }

  /* A local union array, live across the polls below. */
  struct slot local[4] = {{S_PTR, {.p = vals[3]}}, {S_NUM, {.n = -123456789L}},
                          {S_REAL, {.d = 2.5}}, {S_PTR, {.p = NULL}}};

  unsigned long long total = 0;
  for (int round = 0; round < 6; round++) {
    for (int i = 0; i < N; i++) {
      unsigned long long d = digest(vals[i], 0);
      total = total * 1099511628211ull + d;
      /* Turn some values into others, so each member kind is live at
       * different polls. */
      if ((i + round) % 9 == 0 && vals[i]->tag == T_INT) {
        vals[i]->tag = T_CONS;
        vals[i]->u.cons.car = vals[(i + 1) % N];
        vals[i]->u.cons.cdr = NULL;
      } else if ((i + round) % 11 == 0 && vals[i]->tag == T_CONS) {
        vals[i]->tag = T_INT;
        vals[i]->u.i = (long)round * 77 + i;
      }
    }
    printf("round %d: total %llu, last %llu, local %llu %ld %.2f %s\n", round, total,
           digest(g_last.v, 0), digest(local[0].u.p, 0), local[1].u.n, local[2].u.d,
           local[3].u.p ? "set" : "null");
    local[3].u.p = vals[round];
    local[1].u.n += round;
  }
  for (int i = 0; i < N; i++) free(vals[i]);
  free(heapstr);
  return 0;
}
