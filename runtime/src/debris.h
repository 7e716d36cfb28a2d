/*===- debris.h - The checkpoint file's temporaries and target (debris.c) -===*/
#ifndef MIG_DEBRIS_H
#define MIG_DEBRIS_H

/* "<path>.tmp.<pid>.XXXXXX", malloc'ed, for mkstemp. */
char *mig_ckpt_tmp_name(const char *path);
/* Remove the temporaries of `path` left by dead writers (and this one). */
void mig_ckpt_clean_debris(const char *path);
/* 0, after a message, when path exists and is not a regular file (a device
 * node, a directory, a FIFO): a checkpoint never replaces one. */
int mig_ckpt_target_ok(const char *path);

#endif
