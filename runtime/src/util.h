/*===- util.h - Small containers shared by the runtime and its tools -------===*
 * Growable byte buffer with little-endian encoders, string- and
 * pointer-keyed open-addressing hash maps. Pure C, no runtime state, so
 * migdump and the fuzzer can use it too.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_UTIL_H
#define MIG_UTIL_H
#include <stddef.h>
#include <stdint.h>

/* Allocation that cannot fail quietly: on failure, a message and exit 2. */
void *mig_xmalloc(size_t n);
void *mig_xcalloc(size_t n, size_t size);
void *mig_xrealloc(void *p, size_t n);
/* Ask for transparent huge pages for a large table (>= 4 MiB) before it is
 * filled; mig_x*alloc do it for what they allocate. */
void mig_hint_huge(void *p, size_t n);
/* An address range [lo, hi). */
typedef struct mig_addr_range {
  uintptr_t lo, hi;
} mig_addr_range;
/* The mappings of /proc/self/maps whose permission string has `perm` at
 * position `at` ("rwxp": 1 = writable, 2 = executable); touching ranges are
 * merged. Returns a mig_xrealloc'ed array (NULL, 0 when /proc is missing:
 * check *loaded). */
mig_addr_range *mig_maps_ranges(int at, char perm, size_t *n, int *loaded);

char *mig_xstrdup(const char *s);
/* Called once by mig_fatal before it reports (NULL: none): a streamed
 * restore verifies its input there (ckstream.c). */
extern void (*mig_fatal_hook)(void);
/* Set when the runtime ends the process itself (a stop for a checkpoint,
 * an error): the program's atexit handlers then do not run, since the
 * program has not finished (state_atexit.c). */
extern int mig_runtime_exiting;
/* Print "mig: error: ..." on stderr and exit(MIG_EXIT_ERROR). */
_Noreturn void mig_fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/*--- Byte buffer -----------------------------------------------------------*/
typedef struct mig_buf {
  unsigned char *data;
  size_t len, cap;
} mig_buf;

void mig_buf_reserve(mig_buf *b, size_t extra);
void mig_buf_put(mig_buf *b, const void *p, size_t n);
void mig_buf_u8(mig_buf *b, uint8_t v);
void mig_buf_u16(mig_buf *b, uint16_t v);
void mig_buf_u32(mig_buf *b, uint32_t v);
void mig_buf_u64(mig_buf *b, uint64_t v);
void mig_buf_str(mig_buf *b, const char *s);
void mig_buf_pad(mig_buf *b, size_t align);
void mig_buf_free(mig_buf *b);

/* Little-endian loads from possibly unaligned memory. */
static inline uint64_t mig_le_load(const unsigned char *p, unsigned n) {
  uint64_t v = 0;
  for (unsigned i = 0; i < n; i++) v |= (uint64_t)p[i] << (8 * i);
  return v;
}
static inline void mig_le_store(unsigned char *p, uint64_t v, unsigned n) {
  for (unsigned i = 0; i < n; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/*--- String map: const char * -> void * (keys are not copied) --------------*/
typedef struct mig_strmap {
  const char **keys;
  void **vals;
  size_t cap, n;
} mig_strmap;
uint64_t mig_strhash(const char *s);
void *mig_strmap_get(const mig_strmap *m, const char *key);
/* Inserts or replaces; returns the previous value or NULL. */
void *mig_strmap_put(mig_strmap *m, const char *key, void *val);
void mig_strmap_free(mig_strmap *m);

/*--- Pointer map: uintptr_t key (non-zero) -> uintptr_t value -------------*/
typedef struct mig_ptrmap {
  uintptr_t *keys;
  uintptr_t *vals;
  size_t cap, n;
} mig_ptrmap;
/* Returns 1 and stores the value when found. */
int mig_ptrmap_get(const mig_ptrmap *m, uintptr_t key, uintptr_t *val);
void mig_ptrmap_put(mig_ptrmap *m, uintptr_t key, uintptr_t val);
void mig_ptrmap_free(mig_ptrmap *m);

#endif
