/*===- frames.c - Unwind/rewind frame records -----------------------------===*
 * While unwinding, each transformed function on the stack asks for a record
 * and room for its register frame (innermost first); while rewinding the
 * records are handed back outermost first. Records live in fixed-size
 * chunks and register frames in a chunked bump arena, so pointers stay
 * stable however deep the stack is (100,000+ frames). Storage is kept
 * between checkpoints and reused.
 *===----------------------------------------------------------------------===*/
#include "frames.h"
#include "shadow.h"
#include "util.h"
#include <stdlib.h>
#include <string.h>

#define RECS_PER_CHUNK 4096
#define ARENA_CHUNK ((size_t)1 << 20)

typedef struct arena_chunk {
  struct arena_chunk *next;
  size_t size, used;
  max_align_t data[];
} arena_chunk;

/* One per thread, in its TLS; other threads reach it through
 * mig_frames_self() (the writer reads a parked thread's records, a restore
 * fills those of a thread that waits to rewind). */
struct mig_frames {
  mig_frame_rec **chunks;
  size_t nchunks, nframes;
  size_t next_rewind; /* records left to hand out (from index next-1 down) */
  arena_chunk *first, *cur;
};

static __thread mig_frames tf;

mig_frames *mig_frames_self(void) { return &tf; }

static void *arena_alloc(mig_frames *f, size_t size, size_t align) {
  if (align < 16) align = 16;
  for (;;) {
    arena_chunk *c = f->cur;
    if (c) {
      size_t off = (c->used + align - 1) & ~(align - 1);
      if (off + size <= c->size) {
        c->used = off + size;
        return (char *)c->data + off;
      }
      if (c->next) { /* reuse chunks kept from an earlier checkpoint */
        f->cur = c->next;
        f->cur->used = 0;
        continue;
      }
    }
    size_t want = size + align > ARENA_CHUNK ? size + align : ARENA_CHUNK;
    arena_chunk *n = mig_xmalloc(sizeof *n + want);
    n->next = NULL;
    n->size = want;
    n->used = 0;
    if (c) {
      /* Splice the new chunk after the current one. */
      n->next = c->next;
      c->next = n;
    } else {
      f->first = n;
    }
    f->cur = n;
  }
}

size_t mig_frames_count_in(const mig_frames *f) { return f->nframes; }

mig_frame_rec *mig_frame_at_in(const mig_frames *f, size_t i) {
  return &f->chunks[i / RECS_PER_CHUNK][i % RECS_PER_CHUNK];
}

size_t mig_frames_count(void) { return tf.nframes; }
mig_frame_rec *mig_frame_at(size_t i) { return mig_frame_at_in(&tf, i); }

mig_frame_rec *mig_frames_push_in(mig_frames *f, const __mig_func *fn, int site,
                                  void *shadow) {
  size_t i = f->nframes;
  if (i / RECS_PER_CHUNK == f->nchunks) {
    f->chunks = mig_xrealloc(f->chunks, (f->nchunks + 1) * sizeof *f->chunks);
    f->chunks[f->nchunks++] = mig_xmalloc(RECS_PER_CHUNK * sizeof(mig_frame_rec));
  }
  mig_frame_rec *r = mig_frame_at_in(f, i);
  f->nframes++;
  r->fn = fn;
  r->site = site;
  r->shadow = shadow;
  r->shadow_end = NULL;
  r->regdata = fn->regframe ? arena_alloc(f, fn->regframe->size, fn->regframe->align) : NULL;
  /* Zeroed: an unwinding site stores only the variables it still needs. */
  if (r->regdata) memset(r->regdata, 0, fn->regframe->size);
  return r;
}

mig_frame_rec *mig_frames_push(const __mig_func *fn, int site, void *shadow) {
  return mig_frames_push_in(&tf, fn, site, shadow);
}

void mig_frames_reset_in(mig_frames *f) {
  f->nframes = 0;
  f->next_rewind = 0;
  f->cur = f->first;
  if (f->cur) f->cur->used = 0;
}

void mig_frames_reset(void) { mig_frames_reset_in(&tf); }

/* The thread ends: its records and register-frame arena (1 MiB chunks once
 * it has been through a checkpoint or a restore) go with it. */
void mig_frames_release_thread(void) {
  for (size_t i = 0; i < tf.nchunks; i++) free(tf.chunks[i]);
  free(tf.chunks);
  for (arena_chunk *c = tf.first, *n; c; c = n) {
    n = c->next;
    free(c);
  }
  memset(&tf, 0, sizeof tf);
}

void mig_frames_begin_rewind(void) { tf.next_rewind = tf.nframes; }
size_t mig_frames_remaining(void) { return tf.next_rewind; }

/*--- ABI entry points -----------------------------------------------------*/
void *__mig_unwind_frame(const __mig_func *fn, int site, void *shadow) {
  if (tf.nframes == 0) mig_frames_reset();
  return mig_frames_push(fn, site, shadow)->regdata;
}

void *__mig_rewind_frame(const __mig_func *fn, int *site) {
  if (tf.next_rewind == 0)
    mig_fatal("rewind: %s asked for a frame but none is left (the program does not "
              "match its checkpoint)", fn->name);
  mig_frame_rec *r = mig_frame_at(--tf.next_rewind);
  if (r->fn != fn)
    mig_fatal("rewind: expected a frame of %s, the program is in %s", r->fn->name, fn->name);
  if (r->shadow) {
    /* The push this function just did must have landed on its frame. */
    if (__mig_shadow_top != r->shadow + fn->shadowframe->size)
      mig_fatal("rewind: shadow frame of %s is at %p, expected %p", fn->name,
                (void *)(__mig_shadow_top - fn->shadowframe->size), (void *)r->shadow);
    if (r->shadow_end) __mig_shadow_top = r->shadow_end; /* skip its allocas */
  }
  *site = r->site;
  return r->regdata;
}
