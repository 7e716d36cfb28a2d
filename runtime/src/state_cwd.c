/*===- state_cwd.c - The process's working directory and umask ----------===*
 * A program that opened "out/log.txt" relative to its working directory, or
 * created files with a umask it set, must find both unchanged after a
 * restore, whatever directory the restore was started from. The runtime
 * keeps them in a registered global ("<runtime>:cwd_state", like
 * state_libc.c's random state): the writer fills it just before the globals
 * are collected, so it travels and converts like any struct; the restore
 * applies it once every object is in place.
 *
 * The directory is saved by absolute path. On restore a directory that does
 * not exist (another machine without the same file system) is an error
 * naming it: carrying on elsewhere would make relative paths silently point
 * at other files. A directory that could not be read at the checkpoint
 * (removed while the program ran in it) refuses the checkpoint.
 *===----------------------------------------------------------------------===*/
#include "state_cwd.h"
#include "runtime_globals.h"
#include <errno.h>
#include <stdio.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { CWD_MAX = 4096 }; /* PATH_MAX on Linux, every target */

typedef struct cwd_state {
  char dir[CWD_MAX]; /* absolute path, NUL-terminated          */
  uint32_t umask;    /* the process's file mode creation mask  */
  int32_t error;     /* errno of getcwd at the checkpoint, or 0 */
} cwd_state;

static cwd_state cs;

MIG_RUNTIME_GLOBAL(cwd_state, cwd_state, cs, 0,
                   MIG_RUNTIME_FIELD(cwd_state, dir, __mig_type_uchar, CWD_MAX),
                   MIG_RUNTIME_FIELD(cwd_state, umask, __mig_type_uint, 1),
                   MIG_RUNTIME_FIELD(cwd_state, error, __mig_type_int, 1))

void mig_st_cwd_collect(writer *w) {
  (void)w;
  mode_t m = umask(0); /* the only way to read it is to set it */
  umask(m);
  cs.umask = (uint32_t)m;
  cs.error = getcwd(cs.dir, sizeof cs.dir) ? 0 : errno;
  if (cs.error) cs.dir[0] = '\0';
}

void mig_st_cwd_check(writer *w) {
  if (!cs.error) return;
  for (size_t i = 0; i < w->nobjs; i++)
    if (w->objs[i].addr == (uintptr_t)&cs) {
      char why[256];
      snprintf(why, sizeof why, "(the working directory) cannot be saved: getcwd: %s",
               strerror(cs.error));
      mig_w_refuse(w, &w->objs[i], -1, why);
      return;
    }
}

void mig_st_cwd_finish(rctx *x) {
  (void)x;
  if (cs.error || !cs.dir[0]) return; /* a refused checkpoint is never written */
  if (memchr(cs.dir, '\0', sizeof cs.dir) == NULL || cs.dir[0] != '/')
    mig_r_fail("global <runtime>:cwd_state: the working directory is not an absolute path");
  if (chdir(cs.dir) != 0)
    mig_r_fail("cannot return to the working directory %s: %s", cs.dir, strerror(errno));
  umask((mode_t)(cs.umask & 0777));
}
