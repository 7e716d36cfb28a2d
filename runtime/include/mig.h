/*===- mig.h - The migcc user API ------------------------------------------===*
 * Found automatically by migcc. See README.md, "The user's contract".
 *===----------------------------------------------------------------------===*/
#ifndef MIG_H
#define MIG_H
#ifdef __cplusplus
extern "C" {
#endif

/* Write a checkpoint here. Returns 0 when execution simply continues after
 * writing it, 1 when execution is resuming from this checkpoint after a
 * restore, and a negative value (with a message on stderr) when the
 * checkpoint was refused. In a program not built by migcc it returns -1. */
int mig_checkpoint(void);

#ifdef __cplusplus
}
#endif
#endif /* MIG_H */
