/* Heap blocks of every origin across checkpoints: memory that libc
 * allocated (asprintf) freed through the rewritten free, or taken over by the
 * rewritten realloc and kept; a program's buffer grown by getline; aligned_alloc/posix_memalign blocks that must
 * stay aligned after a restore; a table grown by realloc through an untyped
 * function pointer, which must keep its element type (it holds pointers that
 * a restore on the other architecture translates); blocks larger than the
 * small-block limit; blocks allocated by one thread and freed by another
 * (some kept live across checkpoints). Prints checksums only. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
  struct item *next;
  long val;
  char *name;
};

struct chain {
  struct chain *next;
  long v;
};

struct job {
  struct chain *to_free, *made;
  long seed;
};

static const char *const words[] = {"alpha\n", "beta gamma\n", "delta\n", "epsilon zeta eta\n"};

/* A copy of the line that libc allocates (asprintf; migcc does not rewrite
 * it). No loop: nothing here sits at a poll point. */
static char *libc_line(const char *text) {
  char *line = NULL;
  if (asprintf(&line, "%s", text) < 0) {
    printf("asprintf failed\n");
    exit(1);
  }
  return line;
}

/* getline into a small buffer the program malloc'ed: libc's getline would
 * grow it with libc's realloc, which must never see a runtime block (the
 * rewritten getline reads through a buffer of its own). */
static size_t read_long_line(char **buf, size_t *cap) {
  static const char text[] = "a line much longer than the eight bytes it starts with\nnext";
  FILE *f = fmemopen((void *)text, sizeof text - 1, "r");
  if (!f || getline(buf, cap, f) < 0) {
    printf("getline failed\n");
    exit(1);
  }
  fclose(f);
  return strlen(*buf);
}

/* Recursive, no loop: runs in a worker thread without poll points. */
static struct chain *build_chain(int n, long v) {
  if (!n)
    return NULL;
  struct chain *c = malloc(sizeof *c);
  c->v = v;
  c->next = build_chain(n - 1, v + 3);
  return c;
}
static void drop_chain(struct chain *c) {
  if (!c)
    return;
  drop_chain(c->next);
  free(c);
}
static void *worker(void *arg) {
  struct job *j = arg;
  drop_chain(j->to_free); /* blocks of the main thread, freed here */
  j->made = build_chain(150, j->seed);
  return NULL;
}

static void *(*grow)(void *, size_t) = realloc; /* untyped realloc */

static int misaligned(const void *p, uintptr_t a) { return ((uintptr_t)p & (a - 1)) != 0; }

int main(void) {
  long sum = 0;
  size_t ntab = 0;
  struct item **tab = malloc(sizeof *tab);
  double *al = aligned_alloc(64, 64 * sizeof(double));
  double **pm = NULL;
  if (posix_memalign((void **)&pm, 4096, 16 * sizeof(double *)) != 0 || !al) {
    printf("aligned allocation failed\n");
    return 1;
  }
  struct item **big = calloc(300, sizeof(struct item *)); /* > 1 KiB */
  struct chain *kept = NULL;
  for (int i = 0; i < 64; i++)
    al[i] = i * 0.5;
  size_t gcap = 8;
  char *gbuf = malloc(gcap); /* grown by getline below, kept to the end */

  for (int round = 0; round < 60; round++) {
    /* libc's buffer, freed through the rewritten free */
    char *line = libc_line(words[round % 4]);
    sum += (long)strlen(line);
    free(line);

    /* the program's buffer, grown by getline now and then */
    if (round % 20 == 3) sum += (long)read_long_line(&gbuf, &gcap) + (gcap > 8);

    /* libc's buffer taken over by the rewritten realloc and kept */
    struct item *it = malloc(sizeof *it);
    it->val = round * 7;
    it->name = realloc(libc_line(words[(round + 1) % 4]), 40);
    strcat(it->name, round % 2 ? "odd" : "even");

    /* the table grows through an untyped realloc: still struct item * */
    tab = grow(tab, (ntab + 1) * sizeof *tab);
    tab[ntab] = it;
    it->next = ntab ? tab[ntab - 1] : NULL;
    ntab++;
    big[round * 5 % 300] = it;

    /* aligned blocks, re-made now and then */
    if (round % 15 == 7) {
      double *n = aligned_alloc(256, 64 * sizeof(double));
      memcpy(n, al, 64 * sizeof(double));
      free(al);
      al = n;
    }
    if (misaligned(al, round % 15 >= 7 ? 256 : 64) || misaligned(pm, 4096)) {
      printf("misaligned block in round %d\n", round);
      return 1;
    }
    for (int i = 0; i < 16; i++)
      pm[i] = &al[(round + i) % 64];
    al[round % 64] += 1.0;

    /* another thread frees our blocks and makes blocks we free or keep */
    if (round % 10 == 3) {
      struct job j = {build_chain(40, round), NULL, round * 100L};
      pthread_t t;
      if (pthread_create(&t, NULL, worker, &j) != 0 || pthread_join(t, NULL) != 0) {
        printf("thread failed\n");
        return 1;
      }
      int k = 0;
      while (j.made) {
        struct chain *c = j.made;
        j.made = c->next;
        if (k++ % 2) {
          c->next = kept;
          kept = c;
        } else {
          free(c);
        }
      }
    }

    /* malloc(0) and an overflowing calloc behave as libc's */
    void *z = malloc(0);
    free(z);
    void *volatile huge = calloc(SIZE_MAX / 2, 4 + (round & 0)); /* kept: not folded */
    if (huge != NULL) {
      printf("calloc overflow not detected\n");
      return 1;
    }

    /* walk everything: pointers must be right after a restore */
    long walk = 0;
    for (struct item *p = tab[ntab - 1]; p; p = p->next)
      walk += p->val + p->name[0] + (long)strlen(p->name);
    for (int i = 0; i < 16; i++)
      walk += (long)*pm[i];
    for (struct chain *c = kept; c; c = c->next)
      walk += c->v;
    for (int i = 0; i < 300; i++)
      if (big[i])
        walk += big[i]->val;
    sum += walk;
    if (round % 10 == 9)
      printf("round %d: walk %ld sum %ld\n", round, walk, sum);
  }

  for (size_t i = 0; i < ntab; i++) {
    free(tab[i]->name);
    free(tab[i]);
  }
  free(tab);
  free(big);
  free(al);
  free(pm);
  while (kept) {
    struct chain *c = kept;
    kept = c->next;
    free(c);
  }
  printf("done: items %zu sum %ld line \"%s\"\n", ntab, sum, gbuf);
  free(gbuf);
  return 0;
}
