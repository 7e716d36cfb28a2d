/* An embedded-CPU style mix (the kinds of work CoreMark does, written
   afresh): linked-list find/reverse, a small matrix multiply-accumulate, a
   character state machine and a CRC-16 over the results, each through small
   functions, repeated. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Node { struct Node *next; int key, val; } Node;

static unsigned short crc16(unsigned short crc, unsigned char b) {
  for (int i = 0; i < 8; i++) {
    int x = (crc ^ b) & 1;
    b >>= 1;
    crc = (unsigned short)(x ? (crc >> 1) ^ 0xA001 : crc >> 1);
  }
  return crc;
}
static unsigned short crc32w(unsigned short crc, unsigned v) {
  for (int i = 0; i < 4; i++)
    crc = crc16(crc, (unsigned char)(v >> (8 * i)));
  return crc;
}

static Node *list_find(Node *l, int key) {
  while (l && l->key != key)
    l = l->next;
  return l;
}
static Node *list_reverse(Node *l) {
  Node *r = NULL;
  while (l) {
    Node *n = l->next;
    l->next = r;
    r = l;
    l = n;
  }
  return r;
}

#define M 16
static void mat_mac(int c[M][M], int a[M][M], int b[M][M]) {
  for (int i = 0; i < M; i++)
    for (int j = 0; j < M; j++) {
      int s = 0;
      for (int k = 0; k < M; k++)
        s += a[i][k] * b[k][j];
      c[i][j] += s;
    }
}

enum { START, INT, FLOAT, EXP, BAD };
static int next_state(int st, char c) {
  int digit = c >= '0' && c <= '9';
  switch (st) {
  case START: return digit ? INT : c == '.' ? FLOAT : BAD;
  case INT: return digit ? INT : c == '.' ? FLOAT : c == 'e' ? EXP : BAD;
  case FLOAT: return digit ? FLOAT : c == 'e' ? EXP : BAD;
  case EXP: return digit ? EXP : BAD;
  default: return BAD;
  }
}
static int scan(const char *s, int counts[5]) {
  int st = START, n = 0;
  for (; *s; s++) {
    if (*s == ',') {
      counts[st]++;
      st = START;
      n++;
    } else
      st = next_state(st, *s);
  }
  return n;
}

int main(void) {
  enum { NODES = 200, REPS = 48000 };
  Node *pool = malloc(NODES * sizeof *pool), *head = NULL;
  for (int i = 0; i < NODES; i++) {
    pool[i].key = (i * 37) % NODES;
    pool[i].val = i;
    pool[i].next = head;
    head = &pool[i];
  }
  static int a[M][M], b[M][M], c[M][M];
  for (int i = 0; i < M; i++)
    for (int j = 0; j < M; j++)
      a[i][j] = i + j, b[i][j] = i - j;
  const char *text = "12,3.5,7e3,x1,.5,42,1.2.3,9e,0,314159,2.71828,abc,";
  int counts[5] = {0};
  unsigned short crc = 0;
  for (int r = 0; r < REPS; r++) {
    for (int k = 0; k < 40; k++) {
      Node *n = list_find(head, (r + k * 7) % NODES);
      crc = crc32w(crc, n ? (unsigned)n->val : 0xffffffffu);
    }
    head = list_reverse(head);
    mat_mac(c, a, b);
    crc = crc32w(crc, (unsigned)c[r % M][(r / M) % M]);
    crc = crc32w(crc, (unsigned)scan(text, counts));
  }
  printf("embedded: crc %04x counts %d %d %d %d %d\n", crc, counts[0], counts[1], counts[2],
         counts[3], counts[4]);
  free(pool);
  return 0;
}
