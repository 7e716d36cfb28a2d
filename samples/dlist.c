/* dlist.c - a circular doubly linked list with a sentinel on the stack.
 *
 * Exercises: heap nodes with next/prev back pointers, a sentinel node that is
 * a local of main (its address is stored in heap nodes: a pointer into the
 * stack), a cursor pointer kept across loop iterations, splicing, reversing
 * and walking backwards. Invariants are checked and the list is printed
 * along the way; the last line is a checksum.
 */
#include <stdio.h>
#include <stdlib.h>

struct item {
  struct item *next, *prev;
  long value;
  int id;
};

struct list {
  struct item head; /* sentinel */
  int size;
};

static unsigned seed = 12345;
static unsigned rnd(void) {
  seed = seed * 1103515245u + 12345u;
  return (seed >> 16) & 0x7fff;
}

static void list_init(struct list *l) {
  l->head.next = l->head.prev = &l->head;
  l->head.id = -1;
  l->head.value = 0;
  l->size = 0;
}

static void insert_after(struct list *l, struct item *pos, struct item *it) {
  it->prev = pos;
  it->next = pos->next;
  pos->next->prev = it;
  pos->next = it;
  l->size++;
}

static void unlink_item(struct list *l, struct item *it) {
  it->prev->next = it->next;
  it->next->prev = it->prev;
  it->next = it->prev = NULL;
  l->size--;
}

static void reverse(struct list *l) {
  struct item *it = &l->head;
  do {
    struct item *t = it->next;
    it->next = it->prev;
    it->prev = t;
    it = t;
  } while (it != &l->head);
}

static int check(const struct list *l) {
  int n = 0;
  const struct item *it = &l->head;
  do {
    if (it->next->prev != it || it->prev->next != it) {
      printf("BROKEN links at id %d\n", it->id);
      exit(2);
    }
    it = it->next;
    n++;
  } while (it != &l->head);
  if (n - 1 != l->size) { printf("BROKEN size %d vs %d\n", n - 1, l->size); exit(2); }
  return l->size;
}

static void print_some(const struct list *l, const char *what) {
  printf("%s (%d):", what, l->size);
  int k = 0;
  for (const struct item *it = l->head.next; it != &l->head && k < 8; it = it->next, k++)
    printf(" %d:%ld", it->id, it->value);
  printf(" ... backwards:");
  k = 0;
  for (const struct item *it = l->head.prev; it != &l->head && k < 4; it = it->prev, k++)
    printf(" %d", it->id);
  printf("\n");
}

int main(void) {
  struct list a, b;
  list_init(&a);
  list_init(&b);
  struct item *cursor = &a.head;
  unsigned long long sum = 0;
  int next_id = 0;

  for (int round = 0; round < 40; round++) {
    for (int i = 0; i < 50; i++) {
      struct item *it = malloc(sizeof *it);
      it->id = next_id++;
      it->value = (long)(rnd() % 2001) - 1000;
      if (rnd() % 3 == 0) {
        insert_after(&b, b.head.prev, it);
      } else {
        insert_after(&a, cursor, it);
        cursor = (rnd() & 1) ? it : cursor->next;
        if (cursor == &a.head) cursor = a.head.next;
      }
    }
    /* remove some from a */
    int removed = 0;
    struct item *it = a.head.next;
    while (it != &a.head) {
      struct item *nx = it->next;
      if (it != cursor && it->value % 7 == 0) {
        unlink_item(&a, it);
        sum += (unsigned long long)it->id * 3u;
        free(it);
        removed++;
      }
      it = nx;
    }
    if (round % 5 == 4) reverse(&a);
    if (round % 8 == 7) {
      /* splice b into a after the cursor */
      while (b.head.next != &b.head) {
        struct item *x = b.head.next;
        unlink_item(&b, x);
        insert_after(&a, cursor, x);
      }
    }
    check(&a);
    check(&b);
    printf("round %2d: a=%d b=%d removed=%d cursor=%d\n", round, a.size, b.size, removed, cursor->id);
    if (round % 4 == 0) print_some(&a, "a");
  }

  long total = 0;
  int pos = 0;
  for (struct item *it = a.head.prev; it != &a.head; it = it->prev, pos++) {
    total += it->value;
    sum = sum * 131u + (unsigned long long)(it->value + 1000) + (unsigned)pos;
    if (pos % 200 == 0) printf("backwards %4d: id %5d value %5ld\n", pos, it->id, it->value);
  }
  printf("a total %ld\n", total);
  cursor = NULL; /* about to free what it points to */
  while (a.head.next != &a.head) {
    struct item *x = a.head.next;
    unlink_item(&a, x);
    free(x);
  }
  while (b.head.next != &b.head) {
    struct item *x = b.head.next;
    unlink_item(&b, x);
    free(x);
  }
  printf("final sizes %d %d\n", check(&a), check(&b));
  printf("checksum %016llx\n", sum);
  return 0;
}
