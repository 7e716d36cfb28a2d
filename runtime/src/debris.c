/*===- debris.c - The checkpoint file's temporaries and target ------------===*
 * A checkpoint is written to "<path>.tmp.<pid>.XXXXXX" and renamed over
 * <path>. A process killed while writing (kill -9, power loss) leaves its
 * temporary behind, possibly gigabytes: the next checkpoint to the same
 * path, or the next start, removes the temporaries of that path whose
 * writer is gone (or is this process), and those of older runtimes
 * ("<path>.tmpXXXXXX"). A live process writing the same path keeps its own.
 *===----------------------------------------------------------------------===*/
#include "util.h"
#include "debris.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *mig_ckpt_tmp_name(const char *path) {
  size_t n = strlen(path) + 40;
  char *tmp = mig_xmalloc(n);
  snprintf(tmp, n, "%s.tmp.%ld.XXXXXX", path, (long)getpid());
  return tmp;
}

/* 1 when `rest` (what follows "<base>.tmp") names a temporary that no live
 * process is writing. */
static int is_stale(const char *rest) {
  if (strlen(rest) == 6 && !strchr(rest, '.')) return 1; /* older runtime's */
  if (rest[0] != '.') return 0;
  char *end;
  long pid = strtol(rest + 1, &end, 10);
  if (end == rest + 1 || pid <= 0 || *end != '.' || strlen(end + 1) != 6) return 0;
  if (pid == (long)getpid()) return 1;
  return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

void mig_ckpt_clean_debris(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  size_t dlen = slash ? (size_t)(slash - path) : 0, blen = strlen(base);
  char *dir = mig_xmalloc(dlen + 2);
  if (slash) {
    memcpy(dir, path, dlen ? dlen : 1); /* "/x.mig": the root */
    dir[dlen ? dlen : 1] = 0;
  } else {
    strcpy(dir, ".");
  }
  DIR *d = opendir(dir);
  if (!d) {
    free(dir);
    return;
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    if (strncmp(e->d_name, base, blen) != 0 || strncmp(e->d_name + blen, ".tmp", 4) != 0 ||
        !is_stale(e->d_name + blen + 4))
      continue;
    struct stat st;
    if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
      unlinkat(dirfd(d), e->d_name, 0);
  }
  closedir(d);
  free(dir);
}

int mig_ckpt_target_ok(const char *path) {
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    fprintf(stderr, "mig: checkpoint failed: %s is not a regular file\n", path);
    return 0;
  }
  return 1;
}
