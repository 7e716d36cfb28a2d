/* hello.c - the smallest migcc program: says where it runs, echoes its
 * arguments and computes something to compare between architectures. */
#include <stdio.h>

static const char *arch(void) {
#if defined(__x86_64__)
  return "x86-64";
#elif defined(__aarch64__)
  return "AArch64";
#else
  return "unknown";
#endif
}

int main(int argc, char **argv) {
  printf("hello from migcc on %s\n", arch());
  for (int i = 1; i < argc; i++)
    printf("argv[%d] = %s\n", i, argv[i]);
  unsigned long long h = 1469598103934665603ull;
  for (int i = 0; i < 1000000; i++)
    h = (h ^ (unsigned)i) * 1099511628211ull;
  printf("checksum %016llx\n", h);
  return 0;
}
