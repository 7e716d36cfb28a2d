/*===- restore.h - Reading a checkpoint back (restore.c) ------------------===*/
#ifndef MIG_RESTORE_H
#define MIG_RESTORE_H

/* Exits with status 2 and a message on any problem. */
void mig_restore(const char *path);

#endif
