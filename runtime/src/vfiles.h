/*===- vfiles.h - The program's open files, as the runtime sees them ------===*
 * mig-pp rewrites the calls that open and close files (fopen, open, dup,
 * opendir, pipe, ...) to the runtime's __mig_<name> (vfiles.c), which call
 * libc and keep this table: what each descriptor, stream and directory
 * stream of the program is. state_files.c saves it in a checkpoint and
 * re-binds it on restore; state_pointers.c translates the saved FILE * and
 * DIR * values through it.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_VFILES_H
#define MIG_VFILES_H
#include <stddef.h>
#include <stdint.h>

enum { MIG_VF_FD = 1, MIG_VF_STREAM, MIG_VF_DIR };

typedef struct mig_vfile {
  int kind;         /* MIG_VF_*; 0: a free slot                             */
  int fd;           /* the descriptor (a stream's or a directory's)         */
  int desc;         /* open file description: dup'ed descriptors share one  */
  uintptr_t handle; /* FILE * or DIR * (0 for a descriptor)                 */
  char *path;       /* absolute, resolved when opened; NULL: not a file     */
  const char *what; /* not a file: "a pipe", "a socket", ...                */
  char mode[8];     /* a stream's fopen mode                                */
} mig_vfile;

/* Lock the table and see its slots (n of them, free ones have kind 0). */
mig_vfile *mig_vf_lock(unsigned *n);
void mig_vf_unlock(void);

/* Writer: v is the address of a FILE or DIR the program has open. */
int mig_vf_is_handle(uintptr_t v);

/* Writer: when v points inside a directory stream the program has open (a
 * struct dirent * readdir returned), 1 with its path in path[0..n). */
int mig_vf_inside_dir(uintptr_t v, char *path, size_t n);

/* Restore: the saved FILE * or DIR * `sender` is `here` in this process
 * (state_files.c re-opens them before objects are converted). */
void mig_vf_bind(uint64_t sender, uintptr_t here);
/* 1 with *here set when sender is a saved handle. */
int mig_vf_xlate(uint64_t sender, uintptr_t *here);

/* Restore: forget every entry (the table is rebuilt from the checkpoint),
 * then record one as the program's. */
void mig_vf_reset(void);
void mig_vf_add(int kind, int fd, int desc, uintptr_t handle, const char *path, const char *mode);

#endif
