/*===- unit.h - Assertions for the runtime's native unit tests -------------===*
 * The unit tests (unit_*.c) link the host's libmigrt.a and call one module's
 * functions directly: no mig-pp, no qemu. CHECK records a failure with its
 * line and goes on, so one run shows every broken expectation; main returns
 * unit_done(), 1 when anything failed. Run by CTest as runtime-unit-<name>.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_UNIT_H
#define MIG_UNIT_H
#include <stdio.h>
#include <string.h>

static int unit_failures, unit_checks;

#define CHECK(cond)                                                              \
  do {                                                                           \
    unit_checks++;                                                               \
    if (!(cond)) {                                                               \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
      unit_failures++;                                                           \
    }                                                                            \
  } while (0)

/* Equal byte strings; prints both on failure. */
#define CHECK_BYTES(got, want, n)                                                \
  do {                                                                           \
    unit_checks++;                                                               \
    if (memcmp((got), (want), (n)) != 0) {                                       \
      fprintf(stderr, "%s:%d: bytes differ: %s vs %s\n  got: ", __FILE__,       \
              __LINE__, #got, #want);                                            \
      unit_hex((const unsigned char *)(got), (n));                               \
      fprintf(stderr, "\n  want:");                                              \
      unit_hex((const unsigned char *)(want), (n));                              \
      fprintf(stderr, "\n");                                                     \
      unit_failures++;                                                           \
    }                                                                            \
  } while (0)

static inline void unit_hex(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++) fprintf(stderr, " %02x", p[i]);
}

static inline int unit_done(const char *name) {
  printf("%s: %d checks, %d failed\n", name, unit_checks, unit_failures);
  return unit_failures != 0;
}

#endif
