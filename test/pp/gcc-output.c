// mig-pp's output is C that gcc-12 compiles too, not only clang: this program
// includes no system header (a clang-preprocessed glibc header is clang's,
// not GCC's), so the translation unit gcc sees is the user's code plus what
// mig-pp generates: register and shadow frames, rewind dispatch and unwind
// blocks, poll points, hoisted M-calls, VLA and alloca blocks, moved static
// locals, registered string literals, heap wrappers and type descriptors.
// The gcc build must run like the clang reference, and checkpoints written by
// the clang build must restore in the gcc build (same layouts, same
// fingerprint).
// REQUIRES: mig-pp, migrt-x86_64
// RUN: %clang -E -I %mig-include %s -o %t.i
// RUN: %mig-pp %t.i -o %t.mig.c
// RUN: %FileCheck %s --input-file %t.mig.c
// RUN: %check-migration --gcc gcc-12 %s %t.d
int printf(const char *, ...);
void *malloc(unsigned long);
void free(void *);
typedef __builtin_va_list va_list;

struct node {
  struct node *next;
  long double weight;
  unsigned char tag;
  short id;
};

static int spin(int n) {
  int s = 0;
  while (n-- > 0)
    s += n & 3;
  return s;
}

static long sum_args(int n, ...) {
  va_list ap;
  long s = 0;
  __builtin_va_start(ap, n);
  for (int i = 0; i < n; i++)
    s += __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return s;
}

// CHECK-LABEL: static int depth(
static int depth(int n, int (*f)(int)) {
  static int calls;
  calls++;
  if (n == 0)
    return f(3) + calls;
  return depth(n - 1, f) + 1;
}

static const char *label(int k) {
  switch (k) {
  case 0:
    return "zero";
  case 1:
  case 2:
    return "small";
  default:
    break;
  }
  return "big";
}

// CHECK-LABEL: int __mig_main(void) {
int main(void) {
  struct node *head = 0;
  const char *names[3];
  int n = 5;
  int vla[n];
  int *scratch = __builtin_alloca(4 * sizeof(int));
  for (int i = 0; i < 5; i++) {
    struct node *p = malloc(sizeof *p);
    p->next = head;
    p->weight = i * 0.25L;
    p->tag = (unsigned char)(250 + i);
    p->id = (short)(-i * 1000);
    head = p;
    vla[i] = spin(i * 10);
    scratch[i % 4] = vla[i];
  }
  int *mid = &vla[2];
  names[0] = label(0);
  names[1] = label(2);
  names[2] = ({ int t = spin(3); t > 100 ? "never" : label(t + 5); });
  struct { int a, b; } pair = {spin(4), 0};
  int *pb = &pair.b;
  int round = 0;
again:
  *pb += round;
  if (++round < 3)
    goto again;
  long double total = 0;
  for (struct node *p = head; p; p = p->next) {
    total += p->weight;
    printf("node %d tag %u\n", p->id, p->tag);
  }
  printf("%s %s %s mid=%d pair=%d,%d args=%ld depth=%d total=%.2Lf s=%d\n",
         names[0], names[1], names[2], *mid, pair.a, pair.b,
         sum_args(3, 1, 2, 3), depth(4, spin), total, scratch[1]);
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
  return 0;
}
