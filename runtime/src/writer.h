/*===- writer.h - Writing a checkpoint (writer.c) -------------------------===*/
#ifndef MIG_WRITER_H
#define MIG_WRITER_H

/* The world is stopped. 0: written. -1: refused (message printed). */
int mig_write_checkpoint(const char *path);

#endif
