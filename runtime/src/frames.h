/*===- frames.h - Unwind/rewind frame records (frames.c) ------------------===*/
#ifndef MIG_FRAMES_H
#define MIG_FRAMES_H
#include <mig/abi.h>
#include <stddef.h>

typedef struct mig_frame_rec {
  const __mig_func *fn;
  int site;
  char *shadow;     /* shadow frame or NULL                          */
  void *regdata;    /* register frame in this target's layout        */
  char *shadow_end; /* shadow top to resume with (frame + its allocas) */
} mig_frame_rec;
typedef struct mig_frames mig_frames; /* a thread's frame records */
mig_frames *mig_frames_self(void);
/* Records of the current thread, index 0 = innermost. */
size_t mig_frames_count(void);
mig_frame_rec *mig_frame_at(size_t i);
/* Append a record (innermost first) with room for a register frame. */
mig_frame_rec *mig_frames_push(const __mig_func *fn, int site, void *shadow);
void mig_frames_reset(void);
void mig_frames_release_thread(void); /* at the thread's exit */
/* The same for any thread's records (parked, or waiting to rewind). */
size_t mig_frames_count_in(const mig_frames *f);
mig_frame_rec *mig_frame_at_in(const mig_frames *f, size_t i);
mig_frame_rec *mig_frames_push_in(mig_frames *f, const __mig_func *fn, int site,
                                  void *shadow);
void mig_frames_reset_in(mig_frames *f);
/* Start handing records out to __mig_rewind_frame, outermost first. */
void mig_frames_begin_rewind(void);
size_t mig_frames_remaining(void);

#endif
