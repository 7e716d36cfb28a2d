/*===- fuzz_reader.c - libFuzzer target for the checkpoint reader ---------===*
 * The checksum would reject almost every mutation before the structure
 * checks run, so the input is parsed twice: once as is (checksum on) and
 * once with the checksum ignored, which exercises every bounds check. A
 * parsed file's scalars are then converted to this architecture, the way a
 * restore does. Any crash, leak or sanitizer report is a bug.
 *===----------------------------------------------------------------------===*/
#include "checksum.h"
#include "convert.h"
#include "reader.h"
#include <mig/typeinfo.h>
#include <stdint.h>
#include <string.h>

static void convert_scalars(const mig_ckpt *c) {
  mig_arch self;
  mig_arch_self(&self);
  unsigned char out[64];
  char err[256];
  for (uint32_t i = 0; i < c->nobjects; i++) {
    const mig_robject *o = &c->objects[i];
    const mig_rtype *t = &c->types[o->type];
    if (!o->data || !mig_kind_is_scalar(t->kind) || t->kind == MIG_K_PTR ||
        t->kind == MIG_K_FNPTR)
      continue;
    unsigned rsize = t->kind == MIG_K_ENUM ? (unsigned)t->size : self.size[t->kind];
    for (uint64_t e = 0; e < o->count && e < 64; e++)
      mig_convert_scalar(t->kind, t->flags, &c->arch, o->data + e * t->size, (unsigned)t->size,
                         &self, out, rsize, err, sizeof err);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mig_ckpt c;
  char err[512];
  /* The MAC check reads only the trailer (seed6.mig has a MAC under this key). */
  if (mig_ckpt_verify_mac(data, size, "fuzz-key", 8, err, sizeof err) != 0 &&
      (!err[0] || strchr(err, '\n')))
    __builtin_trap();
  for (int verify = 1; verify >= 0; verify--) {
    if (mig_ckpt_parse(data, size, verify, &c, err, sizeof err) == 0) {
      convert_scalars(&c);
      mig_ckpt_free(&c);
    } else {
      mig_ckpt_free(&c);
      if (!err[0] || strchr(err, '\n')) __builtin_trap(); /* one-line message */
    }
  }
  return 0;
}
