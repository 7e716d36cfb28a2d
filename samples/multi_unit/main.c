#include "shapes.h"
#include <stdio.h>

int created;

static struct shape *(*const makers[])(double, double) = {make_rect, 0};

static struct shape *circle_maker(double r, double unused) {
  (void)unused;
  return make_circle(r);
}

int main(void) {
  struct shape *(*table[2])(double, double) = {makers[0], circle_maker};
  for (int i = 0; i < 12; i++) {
    struct shape *s = table[i % 2](1 + i % 4, 2 + i % 3);
    printf("%2d %-10s area %8.3f\n", i, s->kind, s->area(s));
  }
  double r = 0, c = 0;
  for (int round = 1; round <= 6; round++) {
    r += rect_total(round * 50);
    c += circle_total(round * 50);
    printf("round %d: rect %.3f circle %.3f (%s, %s, %d made)\n", round, r, c,
           rect_label(), circle_label(), created);
  }
  int n = 0;
  for (struct shape *s = all_shapes; s; s = s->next)
    n++;
  printf("%d shapes\n", n);
  return 0;
}
