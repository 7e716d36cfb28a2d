/*===- wctx.h - What the writer collects, shared by the kinds of state ----===*
 * writer.c orchestrates: each kind of state (state_*.c) adds its objects
 * to a `writer` (collect), judges them (check) and may write its part of a
 * section (put). Objects are written in the order they were added.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_WCTX_H
#define MIG_WCTX_H
#include "frames.h"
#include "objmap.h"
#include "threads.h"
#include "util.h"
#include <mig/abi.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wobj {
  uint8_t kind;
  const __mig_type *type;
  const char *name;
  uintptr_t addr;
  uint64_t count, nbytes;
  const __mig_func *fn; /* frames and allocas: for messages */
  unsigned long thread; /* frames, allocas, TLS: the thread's id */
} wobj;

typedef struct wframe {
  const mig_frame_rec *rec;
  int32_t regframe, shadow, first_alloca;
  uint32_t nallocas;
} wframe;

typedef struct wthread {
  mig_thread *t;
  size_t first_frame, nframes; /* in writer.frames, outermost first */
  int32_t first_tls;
  uint32_t ntls;
  size_t nallocas_live;        /* allocas on its shadow stack */
} wthread;

typedef struct wmutex {
  uint64_t addr;
  uint32_t type;
} wmutex;

typedef struct writer {
  wobj *objs;
  size_t nobjs, capobjs;
  wframe *frames;
  size_t nframes, capframes;
  wthread *threads;
  size_t nthreads;
  wmutex *mutexes;
  size_t nmutexes, capmutexes;
  mig_objmap map;       /* objects (not register frames) and literals */
  mig_ptrmap type_index;
  const __mig_type **types;
  size_t ntypes, captypes;
  uintptr_t specials[3];
  int refused;
} writer;

/* Room for `more` objects: a kind that knows how many it adds (millions of
 * heap blocks) grows the table once instead of by doubling. */
void mig_w_reserve_objs(writer *w, size_t more);
/* Append an object; returns its index. */
uint32_t mig_w_add_obj(writer *w, uint8_t kind, const __mig_type *t, const char *name,
                       const void *addr, uint64_t count, uint64_t nbytes, const __mig_func *fn);
/* "main: variable p", "global g", "heap block of struct node",
 * "thread 2: worker: variable i" (field: index in the frame or struct, or -1). */
void mig_w_describe(const wobj *o, long field, char *out, size_t n);
/* Refuse the checkpoint (the first reason is printed, once while it stays
 * the same across retries). */
void mig_w_refuse(writer *w, const wobj *o, long field, const char *why);
/* A section: its header, then the payload; end pads it to 8 bytes. */
size_t mig_w_begin_section(mig_buf *b, uint32_t tag);
void mig_w_end_section(mig_buf *b, size_t start);

#endif
