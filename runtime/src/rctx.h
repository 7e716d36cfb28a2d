/*===- rctx.h - A restore in progress, shared by the kinds of state -------===*
 * restore.c orchestrates: every object gets a place (the kinds' place
 * hooks), then is converted from the sender's layout (objconv.c) with its
 * pointers re-based (state_pointers.c). Any inconsistency is one line
 * naming the object (mig_r_fail) and exit 2.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_RCTX_H
#define MIG_RCTX_H
#include "objmap.h"
#include "reader.h"
#include "threads.h"
#include "union_conv.h"
#include "util.h"
#include <mig/abi.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rctx {
  const char *path;
  mig_ckpt c;
  mig_arch self;
  const __mig_type **rtype;   /* per object: this process's type        */
  unsigned char **raddr;      /* per object: where it lives now          */
  uint64_t *rbytes;           /* per object: its size here               */
  const unsigned char **lit;  /* per literal: address here (NULL: none) */
  uint64_t *litsize;
  int8_t *same;               /* per sender type: layout identical here? */
  const __mig_type **by_sidx; /* per sender type: this process's type    */
  int8_t *checked;            /* per sender type: struct fields matched  */
  int8_t *inplace;            /* per sender type: mig_r_inplace_ok, -1: ? */
  uint8_t *direct;            /* per object: read into its place as it is */
  mig_objmap map;             /* sender ranges of objects and literals   */
  mig_ptrmap fnames;          /* sender function address -> name        */
  const char *what;           /* object being converted, for messages    */
  const mig_robject *obj;     /* object being converted                  */
  int describe_obj;           /* messages name `obj` (what: not yet set)  */
  mig_thread **thr;           /* per checkpoint thread: its record here  */
  uint64_t map_lo, map_hi;    /* span of `map` (scan_untyped), once      */
  int map_span_known;
  const char *fpath[8];       /* field names down to the value converted */
  unsigned depth;             /* (frames: path[0] is the variable)       */
  mig_uplan *uplans;          /* per sender type: a union's conversion   */
} rctx;

/* The restore messages name (mig_r_fail), NULL when none is running. */
void mig_r_set_current(rctx *x);
/* "cannot restore PATH: OBJECT: member a.b: MESSAGE", exit 2. */
_Noreturn __attribute__((format(printf, 1, 2))) void mig_r_fail(const char *fmt, ...);
/* "global g", "heap block at 0x...", "shadow frame of f" (into buf). */
const char *mig_r_describe(const mig_robject *o, char *buf, size_t n);

/* layout.c: sender type si and receiver type r have the same bytes for the
 * same values; an offset inside si -> the same place inside r. */
int mig_r_same_layout(rctx *x, uint32_t si, const __mig_type *r);
uint64_t mig_r_map_offset(rctx *x, uint32_t si, const __mig_type *r, uint64_t off);
/* objconv.c: `count` elements of sender type si at src -> r at dst. */
void mig_r_conv(rctx *x, uint32_t si, const __mig_type *r, const unsigned char *src,
                unsigned char *dst, uint64_t count);
/* objconv.c: the sender's bytes of type si, read as they are, are r's once
 * their pointers are re-based in place (mig_r_fix_inplace): a streamed
 * restore reads such heap blocks straight into their place. */
int mig_r_inplace_ok(rctx *x, uint32_t si, const __mig_type *r);
void mig_r_fix_inplace(rctx *x, uint32_t si, const __mig_type *r, unsigned char *p,
                       uint64_t count);

#endif
