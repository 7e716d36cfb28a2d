/*===- ckstream.h - Reading a checkpoint as a stream, verified at its end -===*
 * A restore reads the checkpoint once, front to back, from a file or a pipe
 * (MIG_RESTORE=-: standard input): the metadata into a small buffer, each
 * object's bytes straight to where the restore wants them (its final heap
 * block, or a staging copy when it must be converted), hashing every byte on
 * the way. Nothing read is used before mig_stream_finish() has checked the
 * MAC (with a key) and the checksum: until then any error, the stream's or
 * the caller's (mig_fatal), first drains and verifies the rest of the
 * stream, so a corrupt file is reported as corrupt, exactly as when the
 * whole file was read and checked first.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_CKSTREAM_H
#define MIG_CKSTREAM_H
#include "reader.h"
#include <stddef.h>
#include <stdint.h>

typedef struct mig_stream mig_stream;

/* Opens path ("-": standard input), checks the header, reads and parses
 * the metadata into c (objects' data NULL). A key: the MAC will be
 * required. Returns the stream, or NULL with a one-line message in err
 * (the message of a failed verification when the file is also corrupt). */
mig_stream *mig_stream_open(const char *path, const void *key, size_t keylen, mig_ckpt *c,
                            char *err, size_t errlen);

/* Where object i's bytes go: a place of at least nbytes bytes, or NULL for a
 * staging copy the stream allocates (then c->objects[i].data points to it;
 * else to the place given). Asked twice per object (sizing the staging
 * area, then reading): it must give the same answer both times. */
typedef unsigned char *(*mig_stream_dest)(void *ctx, uint32_t i);

/* Reads the DATA section, object by object in file order. 0, or -1 with err. */
int mig_stream_read_data(mig_stream *s, mig_stream_dest dest, void *ctx, char *err,
                         size_t errlen);

/* Reads the MAC and END sections and the end of the stream; verifies the
 * MAC and the checksum. 0 (the stream's bytes may be used now), or -1. */
int mig_stream_finish(mig_stream *s, char *err, size_t errlen);

/* Frees staging copies and the metadata (c's names point into it: call
 * after the last use of c). */
void mig_stream_close(mig_stream *s);

#endif
