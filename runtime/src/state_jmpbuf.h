/*===- state_jmpbuf.h - setjmp buffers across a checkpoint ----------------===*/
#ifndef MIG_STATE_JMPBUF_H
#define MIG_STATE_JMPBUF_H
#include <stdint.h>

/* A jmp_buf from the sender, in the receiver's layout. */
void mig_jmpbuf_convert(const unsigned char *src, uint64_t ssize, int sbo, unsigned char *dst,
                        uint64_t rsize, int rbo);

#endif
