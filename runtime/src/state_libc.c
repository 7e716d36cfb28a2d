/*===- state_libc.c - libc's random number generators, portable ---------===*
 * rand()/srand(), random()/srandom() and the drand48 family keep their
 * state inside the C library, which a checkpoint cannot see. mig-pp
 * rewrites the calls to these functions (preprocessor/src/LibcCalls.cpp),
 * which compute glibc's exact sequences from a state the runtime registers
 * like a program global ("<runtime>:rand_state"): saved in every checkpoint
 * and converted like any struct, so a sequence continues after a restore on
 * either architecture, and matches a build without migcc.
 *
 * random(): glibc's TYPE_3 additive feedback generator (degree 31,
 * separation 3), r[f] += r[b], result r[f] >> 1; srandom(s) fills r with
 * 16807^i * s mod (2^31 - 1) and discards 310 outputs; unseeded is srandom(1).
 * drand48: x = (0x5DEECE66D x + 0xB) mod 2^48, unseeded x = 0; seed48 and
 * lcong48 set x (and a, c), erand48/nrand48/jrand48 step the caller's own
 * 48-bit state with the shared a and c, as glibc's do.
 *===----------------------------------------------------------------------===*/
#include "runtime_globals.h"

typedef struct rand_state {
  int32_t r[31];         /* random()'s state table                       */
  int32_t f, b;          /* front and rear indices into r                */
  int32_t seeded;        /* 0: not seeded yet (as if srandom(1))         */
  uint64_t x48;          /* drand48's 48-bit state                       */
  uint64_t a48;          /* its multiplier and addend (lcong48 sets them) */
  uint32_t c48;
  uint16_t old48[3];     /* seed48's result: the x before it was called  */
} rand_state;

static rand_state rs = {.a48 = 0x5DEECE66Dull, .c48 = 0xB};

MIG_RUNTIME_GLOBAL(rand_state, rand_state, rs, 0,
                   MIG_RUNTIME_FIELD(rand_state, r, __mig_type_int, 31),
                   MIG_RUNTIME_FIELD(rand_state, f, __mig_type_int, 1),
                   MIG_RUNTIME_FIELD(rand_state, b, __mig_type_int, 1),
                   MIG_RUNTIME_FIELD(rand_state, seeded, __mig_type_int, 1),
                   MIG_RUNTIME_FIELD(rand_state, x48, __mig_type_ullong, 1),
                   MIG_RUNTIME_FIELD(rand_state, a48, __mig_type_ullong, 1),
                   MIG_RUNTIME_FIELD(rand_state, c48, __mig_type_uint, 1),
                   MIG_RUNTIME_FIELD(rand_state, old48, __mig_type_ushort, 3))

static int32_t next31(void);

void __mig_srandom(unsigned seed) {
  if (seed == 0) seed = 1;
  rs.r[0] = (int32_t)seed;
  int32_t word = (int32_t)seed;
  for (int i = 1; i < 31; i++) {
    long hi = word / 127773, lo = word % 127773;
    word = (int32_t)(16807 * lo - 2836 * hi);
    if (word < 0) word += 2147483647;
    rs.r[i] = word;
  }
  rs.f = 3;
  rs.b = 0;
  rs.seeded = 1;
  for (int k = 0; k < 310; k++) (void)next31();
}

static int32_t next31(void) {
  if (!rs.seeded) __mig_srandom(1);
  uint32_t val = (uint32_t)rs.r[rs.f] + (uint32_t)rs.r[rs.b];
  rs.r[rs.f] = (int32_t)val;
  if (++rs.f >= 31) {
    rs.f = 0;
    ++rs.b;
  } else if (++rs.b >= 31) {
    rs.b = 0;
  }
  return (int32_t)(val >> 1);
}

long __mig_random(void) { return next31(); }
int __mig_rand(void) { return next31(); }
void __mig_srand(unsigned seed) { __mig_srandom(seed); }

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
