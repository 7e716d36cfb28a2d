/*===- state_files.h - Open files and descriptors (state_files.c) ---------===*/
#ifndef MIG_STATE_FILES_H
#define MIG_STATE_FILES_H
#include "rctx.h"
#include "wctx.h"

/* Writer: flush the program's streams and note every open file (path,
 * flags, position) in the runtime's global, before the globals are
 * collected. */
void mig_st_files_collect(writer *w);
/* Writer: refuse a pipe, socket, terminal, unnamed or replaced file. */
void mig_st_files_check(writer *w);
/* Restore, before objects are converted: re-open every file at its
 * descriptor and position, so that saved FILE * and DIR * values can be
 * translated to the re-opened streams. */
void mig_st_files_start(rctx *x);

#endif
