/* abi_mix.c - data whose layout differs among the six ABIs migcc targets:
 * structs with double and long long members (4-aligned on i686), arrays of
 * such structs (different strides) with pointers into their middle,
 * bit-fields (big-endian bit order on s390x), _Bool, enums, wchar_t, a
 * plain char holding 0xff (signed on x86, unsigned elsewhere), long, size_t
 * and int64_t, long double (x87, binary128 or double). Everything it
 * prints is the same on every target. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

enum mode { M_NEG = -3, M_A = 1, M_B = 70000 };
struct flags {
  unsigned a : 3;
  int b : 5;
  unsigned c : 12;
  int d : 20;
  _Bool on : 1;
};
struct rec {
  char tag;
  double d;
  long long ll;
  short s;
  long l;
  size_t n;
  struct flags f;
};
struct node {
  struct rec r;
  struct node *next;
  double *pd;      /* into another node's rec */
  long long *pll;  /* into the global table */
  char name[6];
};

static struct rec table[5];
static long double lds[4] = {1.0L / 3, -2.5L, 1e300L, 0x1.8p-1000L};
static wchar_t wide[8] = L"migr";
static char cneg = (char)0xff;
static enum mode g_mode = M_NEG;
static int64_t big64 = -1234567890123LL;
static _Bool flag = 1;
static struct rec *mid = &table[2];

static void show(int step, struct node *nodes) {
  long long sum = 0;
  for (int i = 0; i < 5; i++)
    sum += table[i].ll + table[i].s + table[i].l + (long long)table[i].n + table[i].f.a +
           table[i].f.b + table[i].f.c + table[i].f.d + table[i].f.on + table[i].tag;
  double ds = 0;
  for (int i = 0; i < 4; i++) ds += *nodes[i].pd + (double)*nodes[i].pll;
  printf("step %3d: sum=%lld ds=%.6f mid=%c ld=%.17g %.17g %.6g %.6g wide=%d,%d,%d char=%d mode=%d "
         "big=%lld flag=%d next=%s\n",
         step, sum, ds, mid->tag, (double)lds[0], (double)lds[1], (double)lds[2], (double)lds[3],
         (int)wide[0], (int)wide[1], (int)wide[3], (signed char)cneg, (int)g_mode,
         (long long)big64, flag, nodes[1].next->name);
}

int main(void) {
  struct node *nodes = malloc(4 * sizeof *nodes);
  for (int i = 0; i < 5; i++) {
    table[i] = (struct rec){(char)('A' + i), i * 1.5, (long long)i << 40, (short)(-i * 300),
                            -100000L * i, (size_t)i * 1000000u,
                            {(unsigned)i, -i, 4000u - (unsigned)i, -500000 + i, i & 1}};
  }
  for (int i = 0; i < 4; i++) {
    nodes[i].r = table[i];
    nodes[i].next = &nodes[(i + 1) % 4];
    nodes[i].pd = &nodes[(i + 2) % 4].r.d;
    nodes[i].pll = &table[(i + 3) % 5].ll;
    snprintf(nodes[i].name, sizeof nodes[i].name, "n%d", i);
  }
  for (int step = 0; step < 120; step++) {
    struct rec *r = &table[step % 5];
    r->ll += step * 1000003LL;
    r->d += 0.25;
    r->f.a = (r->f.a + 1) & 7;
    r->f.b = r->f.b > -15 ? r->f.b - 1 : 15;
    r->f.c = (r->f.c * 3 + 1) & 0xfff;
    r->f.d -= 7;
    r->f.on = !r->f.on;
    r->n += 3;
    nodes[step % 4].r.d *= 1.0625;
    lds[step % 4] *= -1;
    wide[step % 4] += 1;
    big64 -= 17;
    g_mode = g_mode == M_NEG ? M_B : g_mode == M_B ? M_A : M_NEG;
    flag = !flag;
    mid = &table[(step * 7) % 5];
    if (step % 10 == 9) show(step, nodes);
  }
  free(nodes);
  return 0;
}
