/* packed_structs.c - packed structs (#pragma pack and __attribute__((packed))).
 *
 * Exercises: structs laid out by `#pragma pack(1)`, `#pragma pack(2)` and
 * `__attribute__((packed))` (what Csmith generates without
 * --no-packed-struct) as globals, locals, heap blocks and array elements,
 * holding pointers at unaligned offsets (data pointers into globals, the
 * heap and packed members, a function pointer, a string literal), bit-fields
 * that straddle bytes, a long double, a union member and a packed struct
 * nested in an ordinary one. The type descriptors take each target's
 * sizeof/offsetof, so the runtime converts these field by field like any
 * other struct; pointers are read and written without alignment. What it
 * prints is the same on every target (values, not sizes; the 41-bit
 * bit-field is `unsigned long long`, which is 64 bits on 32-bit targets too).
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#pragma pack(push)
#pragma pack(1)
struct p1 {
  int8_t a;
  int32_t b;            /* offset 1 */
  uint64_t c;           /* offset 5 */
  int16_t d;
  signed f0 : 7;
  unsigned f1 : 19;     /* straddles bytes */
  int32_t *p;           /* unaligned pointer */
  const char *name;
  int8_t *ap;           /* into a packed struct (member a) */
};
#pragma pack(2)
struct p2 {
  char tag;
  int64_t wide;         /* offset 2 */
  union { uint32_t u; int32_t i; } un;
  long double ld;
  struct p1 inner;
};
#pragma pack(pop)

struct __attribute__((packed)) p3 {
  uint8_t k;
  struct p1 *next;      /* offset 1 */
  uint64_t (*fn)(uint64_t);
  unsigned long long big : 41;
  short s;
};

struct outer {          /* ordinary struct with packed members */
  char c;
  struct p3 q;
  int tail;
  struct p1 arr[3];
};

static uint64_t mix(uint64_t x) { return x * 0x9E3779B97F4A7C15ull + 1; }
static uint64_t rot(uint64_t x) { return (x << 7) | (x >> 57); }

static int32_t g_target = 17;
static int32_t g_cells[4] = {100, 200, 300, 400};
static struct p1 g1 = {1, 2, 3, 4, -5, 6, &g_target, "global", 0};
static struct p2 g2;
static struct outer g_out;

static uint64_t fold1(const struct p1 *p) {
  return (uint64_t)p->a * 3 + (uint64_t)p->b * 5 + p->c * 7 + (uint64_t)p->d * 11 +
         (uint64_t)p->f0 * 13 + (uint64_t)p->f1 * 17 + (uint64_t)*p->p * 19 + (uint64_t)strlen(p->name) +
         (p->ap ? (uint64_t)*p->ap * 23 : 1);
}

static uint64_t fold3(const struct p3 *q) {
  return q->k + fold1(q->next) + q->fn(q->big) + (uint64_t)q->s;
}

static uint64_t step(struct p1 *heap, int n, int round) {
  uint64_t h = 0;
  for (int i = 0; i < n; i++) {          /* poll point: loop head */
    heap[i].b += round * i;
    heap[i].c ^= (uint64_t)round << (i % 50);
    heap[i].f0 = (signed)((heap[i].f0 + 3) % 60);
    heap[i].f1 += (unsigned)(i * 977 + round);
    heap[i].p = &g_cells[(i + round) % 4];
    heap[i].ap = i ? &heap[i - 1].a : &g1.a;
    h = mix(h + fold1(&heap[i]));
  }
  return h;
}

int main(void) {
  struct p1 loc = {9, -8, 7, 6, 5, 4, &g_target, "local", &g1.a};
  long double scale = 1.0L;
  int n = 6;
  struct p1 *heap = malloc(sizeof(struct p1) * (size_t)n);
  struct p3 *q = malloc(sizeof *q);
  uint64_t sum = 0;

  for (int i = 0; i < n; i++) {
    heap[i] = g1;
    heap[i].a = (int8_t)i;
    heap[i].name = i % 2 ? "odd" : "even";
  }
  q->k = 200;
  q->next = &heap[3];
  q->fn = mix;
  q->big = 0x1ABCDEF0123ull;
  q->s = -300;
  g2.tag = 'P';
  g2.wide = -1234567890123LL;
  g2.un.u = 0xDEADBEEF;
  g2.ld = 3.25L;
  g2.inner = loc;
  g2.inner.ap = &g2.inner.a;
  g_out.c = 'o';
  g_out.q = *q;
  g_out.q.fn = rot;
  g_out.q.next = &g_out.arr[1];
  g_out.tail = 77;
  for (int j = 0; j < 3; j++) {
    g_out.arr[j] = loc;
    g_out.arr[j].p = &g_out.tail;
    g_out.arr[j].ap = &g_out.arr[(j + 1) % 3].a;
  }

  for (int round = 0; round < 40; round++) {   /* poll point: loop head */
    loc.b += round;
    loc.d = (int16_t)(loc.d * 3 + round);
    *loc.p += 1;
    scale = scale * 1.0625L + g2.ld;
    g2.wide += round;
    g2.un.i += round & 1 ? (int32_t)round << 16 : (int32_t)round;
    g2.inner.c += (uint64_t)round * 1000003u;
    g2.inner.p = &g_cells[round % 4];
    *g2.inner.p += 2;
    g2.inner.ap = round % 2 ? &g2.inner.a : &loc.a;
    g_cells[round % 4] ^= round;
    q->big += (unsigned long long)round * 4099u;
    q->next = &heap[round % n];
    g_out.q.big ^= (unsigned long long)round << 20;
    g_out.arr[round % 3].f1 += 5;
    g_out.tail += round;
    sum = mix(sum + step(heap, n, round));
    sum = mix(sum + fold1(&loc) + fold3(q) + fold3(&g_out.q) + fold1(&g2.inner));
    sum = mix(sum + (uint64_t)g2.wide + g2.un.u + (uint64_t)g_out.tail);
  }
  printf("loc: %d %d %" PRIu64 " %d %d %u %d %s\n", loc.a, loc.b, loc.c, loc.d, loc.f0, loc.f1, *loc.p,
         loc.name);
  printf("g2: %c %" PRId64 " %08" PRIx32 " %.6Lf inner.b=%d\n", g2.tag, g2.wide, g2.un.u, scale,
         g2.inner.b);
  printf("q: %u %llx %d next.a=%d; out.q.big=%llx tail=%d\n", q->k, (unsigned long long)q->big, q->s,
         q->next->a, (unsigned long long)g_out.q.big, g_out.tail);
  printf("sum: %016" PRIx64 "\n", sum);
  free(q);
  free(heap);
  return 0;
}
