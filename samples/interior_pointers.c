/* interior_pointers.c - pointers into the middle of arrays and structs.
 *
 * Exercises: pointers to elements in the middle of heap arrays, of local
 * arrays (address escapes) and of global arrays; pointers to struct members
 * (not the first one); a one-past-the-end pointer; a pointer to a member of
 * an element of an array of structs; char pointers into the middle of a
 * buffer; pointers stored in the heap that point into other heap blocks.
 * After a restore all of them must still point at the same elements.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
  char tag;
  short s;
  int a;
  long long b;
  double d;
  int arr[5];
};

struct holder {
  int *into_heap;          /* middle of a heap int array */
  long long *into_rec;     /* &recs[k].b */
  struct rec *rec_end;     /* one past the end of recs   */
  char *into_text;         /* middle of text             */
};

static int g_arr[100];
static int *g_mid = &g_arr[50];

int main(void) {
  int local[40];
  struct rec recs[6];
  char text[64];
  int *heap = malloc(200 * sizeof *heap);
  struct holder *h = malloc(sizeof *h);
  unsigned long long sum = 0;

  for (int i = 0; i < 40; i++) local[i] = i * i;
  for (int i = 0; i < 200; i++) heap[i] = 1000 - i;
  for (int i = 0; i < 100; i++) g_arr[i] = i * 3;
  for (int i = 0; i < 6; i++) {
    recs[i].tag = (char)('A' + i);
    recs[i].s = (short)(i * 100);
    recs[i].a = i * 7;
    recs[i].b = (long long)i << 40;
    recs[i].d = i * 0.5;
    for (int j = 0; j < 5; j++) recs[i].arr[j] = i * 10 + j;
  }
  strcpy(text, "the quick brown fox jumps over the lazy dog");

  int *lp = &local[17];
  int *hp = heap + 123;
  short *sp = &recs[2].s;
  int *ap = &recs[3].arr[2];
  double *dp = &recs[4].d;
  char *tp = text + 10;
  struct rec *rp = &recs[1];
  h->into_heap = heap + 77;
  h->into_rec = &recs[5].b;
  h->rec_end = recs + 6;
  h->into_text = strchr(text, 'j');

  for (int step = 0; step < 300; step++) {
    /* move the pointers around, always within their objects */
    lp += (step % 3) - 1;
    if (lp < local + 1 || lp > local + 38) lp = local + 20;
    hp += (step % 5) - 2;
    if (hp < heap + 2 || hp > heap + 197) hp = heap + 100;
    *lp += step;
    *hp ^= step * 31;
    *sp += 1;
    *ap += 2;
    *dp += 0.25;
    *g_mid += 1;
    g_mid += (step & 1) ? 1 : -1;
    *h->into_heap += 5;
    *h->into_rec += step;
    tp[step % 20] = (char)('a' + (step * 7) % 26);
    rp->a += (int)(h->rec_end - rp);
    if (step % 60 == 59) rp = rp + 1 < h->rec_end ? rp + 1 : recs;
    if (step % 25 == 0) {
      printf("step %3d: local[%ld]=%d heap[%ld]=%d s=%d arr=%d d=%.2f gmid[%ld]=%d rec=%c a=%d text=%s\n",
             step, (long)(lp - local), *lp, (long)(hp - heap), *hp, *sp, *ap, *dp,
             (long)(g_mid - g_arr), *g_mid, rp->tag, rp->a, text);
      printf("          into_heap[%ld]=%d into_rec=%lld end-rp=%ld into_text=\"%.10s\"\n",
             (long)(h->into_heap - heap), *h->into_heap, *h->into_rec, (long)(h->rec_end - rp),
             h->into_text);
    }
    sum = sum * 1000003u + (unsigned)*lp + (unsigned)*hp + (unsigned)(unsigned char)tp[0];
  }

  for (int i = 0; i < 40; i++) sum = sum * 31 + (unsigned)local[i];
  for (int i = 0; i < 200; i++) sum = sum * 31 + (unsigned)heap[i];
  for (int i = 0; i < 100; i++) sum = sum * 31 + (unsigned)g_arr[i];
  for (int i = 0; i < 6; i++)
    sum = sum * 31 + (unsigned)recs[i].a + (unsigned)recs[i].s + (unsigned long long)recs[i].b +
          (unsigned)(recs[i].d * 4) + (unsigned)recs[i].arr[2];
  for (char *c = text; *c; c++) sum = sum * 31 + (unsigned char)*c;
  printf("text %s\n", text);
  free(h);
  free(heap);
  printf("checksum %016llx\n", sum);
  return 0;
}
