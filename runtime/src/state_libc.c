/*===- state_libc.c - libc's random number generators, portable ---------===*
 * rand()/srand(), random()/srandom() and the drand48 family keep their
 * state inside the C library, which a checkpoint cannot see. mig-pp
 * rewrites the calls to these functions (preprocessor/src/LibcCalls.cpp),
 * which compute glibc's exact sequences from a state the runtime registers
 * like a program global ("<runtime>:rand_state"): saved in every checkpoint
 * and converted like any struct, so a sequence continues after a restore on
 * either architecture, and matches a build without migcc.
 *
 * random(): glibc's additive feedback generators, r[f] += r[b], result
 * r[f] >> 1, of degree 31 and separation 3 (TYPE_3, the default table) or,
 * after initstate() with a buffer of 8/32/64/128/256 bytes, TYPE_0 (a
 * linear congruential one) to TYPE_4 (degree 63); srandom(s) fills the
 * table with 16807^i * s mod (2^31 - 1) and discards 10 * degree outputs;
 * unseeded is srandom(1). As in glibc, a table set by initstate()/setstate()
 * lives in the user's buffer (word 0 encodes type and rear index, written
 * when the generator is switched away from it): the runtime's front, rear,
 * start and end are data pointers into that buffer or into the runtime's
 * own table, so a checkpoint re-bases them like any pointer.
 * drand48: x = (0x5DEECE66D x + 0xB) mod 2^48, unseeded x = 0; seed48 and
 * lcong48 set x (and a, c) from 16-bit words, least significant first.
 * seed48 returns the previous x in a buffer inside the saved state, so a
 * pointer to it kept across a checkpoint stays valid. erand48/nrand48/
 * jrand48 step the caller's own 48-bit state with the shared a and c, as
 * glibc's do.
 *===----------------------------------------------------------------------===*/
#include "runtime_globals.h"
#include <errno.h>
#include <stddef.h>

enum { MAX_TYPES = 5 };
static const int32_t degrees[MAX_TYPES] = {0, 7, 15, 31, 63};
static const int32_t seps[MAX_TYPES] = {0, 3, 1, 3, 1};

typedef struct rand_state {
  int32_t tbl[32];       /* the default table: word 0, then TYPE_3's 31  */
  int32_t *state;        /* the current table (after its word 0)         */
  int32_t *fptr, *rptr;  /* front and rear                               */
  int32_t type;          /* TYPE_0 .. TYPE_4                             */
  int32_t seeded;        /* 0: not seeded yet (as if srandom(1))         */
  uint64_t x48;          /* drand48's 48-bit state                       */
  uint64_t a48;          /* its multiplier and addend (lcong48 sets them) */
  uint32_t c48;
  uint16_t old48[3];     /* seed48's result: the state before the call   */
} rand_state;

static rand_state rs = {.tbl = {3}, .state = &rs.tbl[1], .type = 3, .a48 = 0x5DEECE66Dull,
                        .c48 = 0xB};

MIG_RUNTIME_GLOBAL(rand_state, rand_state, rs, MIG_TF_HAS_PTR,
                   MIG_RUNTIME_FIELD(rand_state, tbl, __mig_type_int, 32),
                   MIG_RUNTIME_FIELD(rand_state, state, __mig_type_ptr, 1),
                   MIG_RUNTIME_FIELD(rand_state, fptr, __mig_type_ptr, 1),
                   MIG_RUNTIME_FIELD(rand_state, rptr, __mig_type_ptr, 1),
                   MIG_RUNTIME_FIELD(rand_state, type, __mig_type_int, 1),
                   MIG_RUNTIME_FIELD(rand_state, seeded, __mig_type_int, 1),
                   MIG_RUNTIME_FIELD(rand_state, x48, __mig_type_ullong, 1),
                   MIG_RUNTIME_FIELD(rand_state, a48, __mig_type_ullong, 1),
                   MIG_RUNTIME_FIELD(rand_state, c48, __mig_type_uint, 1),
                   MIG_RUNTIME_FIELD(rand_state, old48, __mig_type_ushort, 3))

static int32_t next31(void);

/* glibc's srandom_r on the current table. */
static void seed_table(unsigned seed) {
  if (seed == 0) seed = 1;
  int32_t *st = rs.state;
  st[0] = (int32_t)seed;
  rs.seeded = 1;
  if (rs.type == 0) return;
  int32_t word = (int32_t)seed, deg = degrees[rs.type];
  for (int i = 1; i < deg; i++) {
    long hi = word / 127773, lo = word % 127773;
    word = (int32_t)(16807 * lo - 2836 * hi);
    if (word < 0) word += 2147483647;
    st[i] = word;
  }
  rs.fptr = &st[seps[rs.type]];
  rs.rptr = &st[0];
  for (int k = 10 * deg; k > 0; k--) (void)next31();
}

void __mig_srandom(unsigned seed) { seed_table(seed); }

static int32_t next31(void) {
  if (!rs.seeded) seed_table(1);
  int32_t *st = rs.state;
  if (rs.type == 0) {
    int32_t val = (int32_t)(((uint32_t)st[0] * 1103515245u + 12345u) & 0x7fffffff);
    st[0] = val;
    return val;
  }
  int32_t *end = &st[degrees[rs.type]];
  uint32_t val = (uint32_t)*rs.fptr + (uint32_t)*rs.rptr;
  *rs.fptr = (int32_t)val;
  if (++rs.fptr >= end) {
    rs.fptr = st;
    ++rs.rptr;
  } else if (++rs.rptr >= end) {
    rs.rptr = st;
  }
  return (int32_t)(val >> 1);
}

long __mig_random(void) { return next31(); }
int __mig_rand(void) { return next31(); }
void __mig_srand(unsigned seed) { __mig_srandom(seed); }

/* Word 0 of the current table: its type and rear index (glibc's encoding). */
static void save_position(void) {
  if (!rs.seeded) seed_table(1);
  rs.state[-1] = rs.type == 0 ? 0 : (int32_t)(MAX_TYPES * (rs.rptr - rs.state) + rs.type);
}

char *__mig_initstate(unsigned seed, char *buf, __mig_size_t n) {
  if (n < 8) {
    errno = EINVAL;
    return NULL;
  }
  save_position();
  char *old = (char *)&rs.state[-1];
  int type = n >= 256 ? 4 : n >= 128 ? 3 : n >= 64 ? 2 : n >= 32 ? 1 : 0;
  rs.type = type;
  rs.state = (int32_t *)(void *)buf + 1;
  seed_table(seed);
  save_position();
  return old;
}

char *__mig_setstate(char *buf) {
  int32_t *ns = (int32_t *)(void *)buf + 1;
  int type = ns[-1] % MAX_TYPES;
  if (type < 0 || type >= MAX_TYPES) {
    errno = EINVAL;
    return NULL;
  }
  save_position();
  char *old = (char *)&rs.state[-1];
  rs.type = type;
  rs.state = ns;
  if (type != 0) {
    int32_t rear = ns[-1] / MAX_TYPES;
    rs.rptr = &ns[rear];
    rs.fptr = &ns[(rear + seps[type]) % degrees[type]];
  }
  rs.seeded = 1;
  return old;
}

static uint64_t step48(void) {
  rs.x48 = (rs.a48 * rs.x48 + rs.c48) & 0xffffffffffffull;
  return rs.x48;
}
double __mig_drand48(void) { return (double)step48() / 281474976710656.0; /* exact */ }
long __mig_lrand48(void) { return (long)(step48() >> 17); }
long __mig_mrand48(void) { return (long)(int32_t)(uint32_t)(step48() >> 16); }
void __mig_srand48(long seed) {
  rs.x48 = ((uint64_t)(seed & 0xffffffffl) << 16) | 0x330E;
  rs.a48 = 0x5DEECE66Dull;
  rs.c48 = 0xB;
}

static uint64_t from_shorts(const unsigned short v[3]) {
  return (uint64_t)v[2] << 32 | (uint64_t)v[1] << 16 | v[0];
}
static void to_shorts(uint64_t x, unsigned short v[3]) {
  v[0] = (unsigned short)x;
  v[1] = (unsigned short)(x >> 16);
  v[2] = (unsigned short)(x >> 32);
}

/* seed48 also resets a and c, and returns its own buffer holding the old x
 * (a field of the saved state, so a pointer to it survives a restore). */
unsigned short *__mig_seed48(unsigned short seed16v[3]) {
  to_shorts(rs.x48, rs.old48);
  rs.x48 = from_shorts(seed16v);
  rs.a48 = 0x5DEECE66Dull;
  rs.c48 = 0xB;
  return rs.old48;
}
void __mig_lcong48(unsigned short param[7]) {
  rs.x48 = from_shorts(param);
  rs.a48 = from_shorts(param + 3);
  rs.c48 = param[6];
}

/* The x_subi variants: the caller keeps x, the runtime a and c. */
static uint64_t step_caller(unsigned short xsubi[3]) {
  uint64_t x = (rs.a48 * from_shorts(xsubi) + rs.c48) & 0xffffffffffffull;
  to_shorts(x, xsubi);
  return x;
}
double __mig_erand48(unsigned short xsubi[3]) { return (double)step_caller(xsubi) / 281474976710656.0; }
long __mig_nrand48(unsigned short xsubi[3]) { return (long)(step_caller(xsubi) >> 17); }
long __mig_jrand48(unsigned short xsubi[3]) { return (long)(int32_t)(uint32_t)(step_caller(xsubi) >> 16); }
