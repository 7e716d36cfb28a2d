/*===- state_jmpbuf.c - setjmp buffers across a checkpoint ----------------===*
 * A jmp_buf holds this process's stack and code addresses, which mean
 * nothing after a restore (nor after a rewind: the stack is rebuilt). mig-pp
 * makes every setjmp call in a transformed function a *setjmp site*: the
 * buffer's address is a saved temporary of the frame, and while the frame is
 * rewound the site calls setjmp again on the same buffer before the frame
 * goes on to its resume point, so the buffer is armed for the new stack and
 * a later longjmp lands where it would have (docs/design.md, "setjmp").
 *
 * What crosses in the buffer itself is its saved signal mask (sigsetjmp with
 * savemask != 0): the receiver converts a MIG_K_JMPBUF object by keeping
 * __mask_was_saved and __saved_mask (glibc: the last members, same format on
 * both targets) and zeroing the registers; the re-arm puts them back after
 * its own setjmp overwrote them.
 *
 * A longjmp skips the returns of the frames it abandons: their shadow
 * frames are not popped and unsafe brackets are not left. The site records
 * the shadow top and unsafe depth before setjmp (__mig_sj_mark) and a
 * non-zero return resets them (__mig_sj_landed).
 *===----------------------------------------------------------------------===*/
#include "state_jmpbuf.h"
#include "convert.h"
#include "shadow.h"
#include "state_pointers.h"
#include "util.h"
#include <mig/abi.h>
#include <setjmp.h>
#include <string.h>

/* glibc's struct __jmp_buf_tag ends with int __mask_was_saved, padding and
 * a 128-byte __sigset_t on x86-64 and AArch64 alike. */
#define SJ_SIGSET 128u
#define SJ_TAIL (SJ_SIGSET + 8u) /* from __mask_was_saved to the end */

/* The mask fields between the stash and the re-arm (one re-arm at a time
 * per thread: the site calls setjmp right after stashing). */
static __thread unsigned char stash[SJ_TAIL];

void mig_jmpbuf_convert(const unsigned char *src, uint64_t ssize, int sbo, unsigned char *dst,
                        uint64_t rsize, int rbo) {
  memset(dst, 0, rsize);
  if (ssize < SJ_TAIL || rsize < SJ_TAIL) return;
  const unsigned char *s = src + ssize - SJ_TAIL;
  unsigned char *d = dst + rsize - SJ_TAIL;
  mig_store_uint(d, 4, rbo, mig_load_uint(s, 4, sbo));
  for (unsigned w = 8; w < SJ_TAIL; w += 8) /* the sigset's unsigned longs */
    mig_store_uint(d + w, 8, rbo, mig_load_uint(s + w, 8, sbo));
}

int __mig_sj_live(const void *buf) { return buf && !mig_is_poison((uintptr_t)buf); }

void __mig_sj_stash(const void *buf) {
  memcpy(stash, (const unsigned char *)buf + sizeof(struct __jmp_buf_tag) - SJ_TAIL, SJ_TAIL);
}

void __mig_sj_rearmed(void *buf) {
  memcpy((unsigned char *)buf + sizeof(struct __jmp_buf_tag) - SJ_TAIL, stash, SJ_TAIL);
}

void __mig_sj_landed(__mig_sj_mark_t m) {
  __mig_shadow_top = m.top;
  __mig_unsafe_depth = m.depth;
}
