/*===- key.h - The key that authenticates checkpoints (key.c) -------------===*/
#ifndef MIG_KEY_H
#define MIG_KEY_H
#include <stddef.h>

/* Read MIG_KEY / MIG_KEY_FILE and remove MIG_KEY from the environment.
 * Called once by main() before anything else looks at the environment. */
void mig_key_init(void);
/* The key, or NULL when checkpoints are not authenticated. */
const unsigned char *mig_key(size_t *len);

#endif
