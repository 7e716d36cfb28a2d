/* Native unit test of the runtime's receiver-makes-right conversion
 * (runtime/src/convert.c), without qemu: each argument is TARGET=FILE, the
 * .data bytes of abi-values.c compiled for that target. Every member is
 * converted from the target's bytes to this machine's and compared with
 * what this compiler made of the same initializer, and converted back and
 * compared with the target compiler's bytes: byte order, widths, char,
 * _Bool, enum, wchar_t, float/double, bit-fields (positions from the
 * target's probe blobs), and long double in the target's format (x87 in 12
 * or 16 bytes, binary128, binary64). Then the narrowing range check.
 * Prints "ok N" or the mismatches. */
#include "convert.h"
#include <mig/typeinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "abi-values.c"

static int fails;
static long checks;

static const struct { unsigned kind, flags; } kinds[17] = {
    {MIG_K_CHAR, 0},  {MIG_K_SCHAR, 0},  {MIG_K_UCHAR, 0},  {MIG_K_BOOL, 0},
    {MIG_K_SHORT, 0}, {MIG_K_USHORT, 0}, {MIG_K_INT, 0},    {MIG_K_UINT, 0},
    {MIG_K_LONG, 0},  {MIG_K_ULONG, 0},  {MIG_K_LLONG, 0},  {MIG_K_ULLONG, 0},
    {MIG_K_DOUBLE, 0}, {MIG_K_FLOAT, 0}, {MIG_K_ENUM, MIG_TF_SIGNED},
    {MIG_K_INT, 0} /* wchar_t is described as int everywhere */, {MIG_K_LDOUBLE, 0}};
static const char *const names[17] = {"c", "sc", "uc", "b", "s", "us", "i", "u", "l", "ul",
                                      "ll", "ull", "d", "f", "e", "w", "ld"};

static unsigned char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); exit(1); }
  static unsigned char buf[1 << 17];
  *n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  unsigned char *p = malloc(*n);
  memcpy(p, buf, *n);
  return p;
}

static void mismatch(const char *t, const char *dir, const char *m, unsigned e) {
  if (fails++ < 12) printf("%s %s: member %s[%u] differs\n", t, dir, m, e);
}

static unsigned u16(const unsigned char *p, int big) {
  return big ? (unsigned)p[0] << 8 | p[1] : (unsigned)p[1] << 8 | p[0];
}

/* The long double this machine expects from a target of format fmt: the
 * values have 64-bit significands, exact in x87 and binary128; binary64
 * holds them rounded to nearest (the target compiler rounded the literal). */
static long double expected_ld(int fmt, long double v) {
  return fmt == MIG_LD_BINARY64 ? (long double)(double)v : v;
}

static void check_target(const char *spec) {
  char t[64];
  const char *eq = strchr(spec, '=');
  snprintf(t, sizeof t, "%.*s", (int)(eq - spec), spec);
  size_t n;
  const unsigned char *blob = slurp(eq + 1, &n);
  int big = blob[0];
  mig_arch sa, ra;
  mig_arch_self(&ra);
  memset(&sa, 0, sizeof sa);
  sa.byte_order = big ? MIG_BO_BIG : MIG_BO_LITTLE;
  sa.char_signed = strstr(t, "86") != NULL; /* signed on x86 only */
  sa.ldouble_format = blob[2] == 8 ? MIG_LD_BINARY64 : blob[2] == 12 || !strcmp(t, "x86_64")
                                                           ? MIG_LD_X87 : MIG_LD_BINARY128;
  const unsigned char *s = blob + offsetof(struct blob, s);
  unsigned ssize = u16(blob + 4 + 2 * 34, big);
  const unsigned char *mine = (const unsigned char *)&abi_blob.s;
  for (unsigned m = 0; m < 17; m++) {
    unsigned so = u16(blob + 4 + 4 * m, big), sz = u16(blob + 6 + 4 * m, big);
    unsigned ro = abi_blob.offs[2 * m], rz = abi_blob.offs[2 * m + 1];
    unsigned count = m == 16 ? ABI_LD_COUNT : 1, se = sz / count, re = rz / count;
    for (unsigned e = 0; e < count; e++, checks += 2) {
      unsigned char got[16] = {0}, back[16] = {0};
      char err[128];
      const unsigned char *src = s + so + e * se, *want = mine + ro + e * re;
      if (mig_convert_scalar(kinds[m].kind, kinds[m].flags, &sa, src, se, &ra, got, re, err,
                             sizeof err)) {
        printf("%s: %s: %s\n", t, names[m], err);
        fails++;
        continue;
      }
      if (m == 16) {
        long double g, w = expected_ld(sa.ldouble_format, abi_blob.s.ld[e]);
        memcpy(&g, got, sizeof g);
        if (memcmp(&g, &w, 10) != 0) mismatch(t, "to native", names[m], e);
      } else if (memcmp(got, want, re) != 0) {
        mismatch(t, "to native", names[m], e);
      }
      /* and back: this machine's bytes in the target's layout */
      if (mig_convert_scalar(kinds[m].kind, kinds[m].flags, &ra, want, re, &sa, back, se, err,
                             sizeof err)) {
        printf("%s: back %s: %s\n", t, names[m], err);
        fails++;
        continue;
      }
      unsigned cmp = m == 16 && sa.ldouble_format == MIG_LD_X87 ? 10 : se;
      if (memcmp(back, src, cmp) != 0) mismatch(t, "from native", names[m], e);
    }
  }
  /* Bit-fields: positions from the target's probes, values from its sample. */
  static const unsigned widths[5] = {3, 5, 12, 20, 40};
  long long want[5] = {abi_blob.s.bf3, abi_blob.s.bf5, abi_blob.s.bf12, abi_blob.s.bf20,
                       (long long)abi_blob.s.bf40};
  int is_signed[5] = {0, 1, 0, 1, 0};
  unsigned char packed[sizeof(struct sample) * 2] = {0};
  for (unsigned k = 0; k < 5; k++, checks++) {
    const unsigned char *probe = s + (1 + k) * ssize;
    uint32_t at = mig_bitfield_lsb(probe, ssize, sa.byte_order);
    uint64_t v = mig_get_bits(s, at, widths[k], sa.byte_order);
    long long got = (long long)v;
    if (is_signed[k] && (v >> (widths[k] - 1)) & 1) got = (long long)(v | ~0ull << widths[k]);
    if (got != want[k]) {
      if (fails++ < 12) printf("%s: bit-field %u is %lld, not %lld\n", t, k, got, want[k]);
    }
    mig_put_bits(packed, at, widths[k], sa.byte_order, v);
  }
  /* Re-packed in the target's bit order, they are the target's bytes. */
  unsigned lo = u16(blob + 4 + 4 * 15, big) + u16(blob + 6 + 4 * 15, big);
  unsigned hi = u16(blob + 4 + 4 * 16, big);
  if (memcmp(packed + lo, s + lo, hi - lo) != 0 && fails++ < 12)
    printf("%s: bit-fields re-packed differ from the target's bytes\n", t);
  checks++;
  free((void *)blob);
}

/* 64 -> 32 bits: a long that does not fit is refused, never truncated. */
static void check_narrowing(void) {
  mig_arch ra, i686;
  mig_arch_self(&ra);
  i686 = ra;
  unsigned char src[8], dst[4];
  char err[128] = "";
  long long v = 5000000000LL;
  memcpy(src, &v, 8);
  if (mig_convert_scalar(MIG_K_LONG, 0, &ra, src, 8, &i686, dst, 4, err, sizeof err) == 0 ||
      !strstr(err, "does not fit")) {
    printf("narrowing 5000000000 to 4 bytes was not refused (%s)\n", err);
    fails++;
  }
  v = -2147483648LL;
  memcpy(src, &v, 8);
  if (mig_convert_scalar(MIG_K_LONG, 0, &ra, src, 8, &i686, dst, 4, err, sizeof err) != 0) {
    printf("narrowing INT32_MIN was refused: %s\n", err);
    fails++;
  }
  unsigned long long u = 4294967296ull;
  memcpy(src, &u, 8);
  if (mig_convert_scalar(MIG_K_ULONG, 0, &ra, src, 8, &i686, dst, 4, err, sizeof err) == 0) {
    printf("narrowing 2^32 to unsigned 4 bytes was not refused\n");
    fails++;
  }
  /* 32 -> 64: widened by the type's signedness. */
  int32_t neg = -5;
  long long wide = 0;
  memcpy(dst, &neg, 4);
  mig_convert_scalar(MIG_K_LONG, 0, &i686, dst, 4, &ra, (unsigned char *)&wide, 8, err, sizeof err);
  uint32_t big = 0xFFFFFFF0u;
  unsigned long long uwide = 0;
  mig_convert_scalar(MIG_K_ULONG, 0, &i686, (unsigned char *)&big, 4, &ra,
                     (unsigned char *)&uwide, 8, err, sizeof err);
  if (wide != -5 || uwide != 0xFFFFFFF0ull) {
    printf("widening: %lld %llu\n", wide, uwide);
    fails++;
  }
  checks += 5;
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) check_target(argv[i]);
  check_narrowing();
  if (fails) return printf("%d failures\n", fails), 1;
  printf("ok %ld\n", checks);
  return 0;
}
