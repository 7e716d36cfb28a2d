/* string_table.c - string literals stored in arrays, pointers and structs.
 *
 * Exercises: arrays of pointers to string literals (global and local),
 * pointers into the middle of a literal, literals stored in heap structs,
 * char arrays initialized from literals (copies, writable), a pointer that
 * walks along a literal across loop iterations, and the same literal text
 * used in several places. A restore must map every pointer into a literal
 * to the same literal on the target.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const planets[] = {"Mercury", "Venus", "Earth", "Mars",
                                      "Jupiter", "Saturn", "Uranus", "Neptune"};
const char *g_current = "none";
static char g_buf[8][16] = {"zero", "one", "two", "three", "four", "five", "six", "seven"};

struct entry {
  const char *key;
  const char *value;
  struct entry *next;
};

static const char *pick(unsigned i) {
  switch (i % 4) {
  case 0: return "apple";
  case 1: return "banana";
  case 2: return "cherry";
  default: return "date";
  }
}

int main(void) {
  const char *colors[] = {"red", "green", "blue", "cyan", "magenta", "yellow"};
  char words[4][10] = {"alpha", "beta", "gamma", "delta"};
  const char *walker = "abcdefghijklmnopqrstuvwxyz0123456789";
  const char *mid = &"0123456789ABCDEF"[10]; /* points at 'A' */
  struct entry *list = NULL;
  unsigned long long sum = 0;

  for (int step = 0; step < 240; step++) {
    const char *p = planets[step % 8];
    const char *c = colors[(step * 5) % 6];
    g_current = pick((unsigned)step);
    if (*++walker == '\0') walker = &"restart:abcdefghijklmnopqrstuvwxyz"[8];
    words[step % 4][step % 5] = (char)('a' + step % 26);
    g_buf[step % 8][(step / 8) % 6] = (char)('A' + step % 26);
    if (step % 10 == 0) {
      struct entry *e = malloc(sizeof *e);
      e->key = p;
      e->value = step % 20 ? c : "special";
      e->next = list;
      list = e;
    }
    for (const char *q = p; *q; q++) sum = sum * 131 + (unsigned char)*q;
    sum = sum * 17 + (unsigned char)*walker + (unsigned char)mid[step % 6];
    if (step % 12 == 0)
      printf("step %3d planet %-8s color %-7s current %-6s walker %s mid %c words %s/%s/%s/%s buf %s\n", step, p, c,
             g_current, walker, mid[step % 6], words[0], words[1], words[2], words[3], g_buf[step % 8]);
  }

  int n = 0;
  for (struct entry *e = list; e; e = e->next, n++) {
    printf("entry %2d %s => %s (%zu)\n", n, e->key, e->value, strlen(e->key) + strlen(e->value));
    sum = sum * 31 + strlen(e->value);
    if (strcmp(e->value, "special") == 0) sum += 1000;
  }
  while (list) {
    struct entry *nx = list->next;
    free(list);
    list = nx;
  }
  for (int i = 0; i < 8; i++) sum = sum * 29 + (unsigned char)g_buf[i][0] + strlen(g_buf[i]);
  printf("last current %s, mid-literal %s\n", g_current, mid);
  printf("checksum %016llx\n", sum);
  return 0;
}
