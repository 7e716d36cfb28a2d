/*===- vfiles.c - The calls that open and close files, and their table ----===*
 * A descriptor or a FILE is the kernel's and libc's, invisible to a
 * checkpoint. mig-pp rewrites the program's calls that create or drop one
 * (preprocessor/src/LibcCalls.cpp, rewriteFileCalls) to the __mig_<name>
 * below, which call libc and note what each is: its path, resolved when it
 * is opened (readlink of /proc/self/fd/N: absolute, through symbolic links
 * and openat's directory), its stream mode, and which descriptors share an
 * open file description (dup). Rewriting calls rather than interposing
 * libc's symbols works the same for every separately compiled unit and
 * static build, needs no dlsym, and leaves libc's and the runtime's own
 * files (/proc/self/maps, the checkpoint) out of the table. Descriptors
 * opened by code not built by migcc are not seen: their FILE * values are
 * refused by the pointer check (memmap.c).
 *===----------------------------------------------------------------------===*/
#define _FILE_OFFSET_BITS 64
#include "vfiles.h"
#include "util.h"
#include <dirent.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static mig_vfile *tab;
static unsigned ntab, captab;
static int next_desc = 1;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

mig_vfile *mig_vf_lock(unsigned *n) {
  pthread_mutex_lock(&lock);
  *n = ntab;
  return tab;
}

void mig_vf_unlock(void) { pthread_mutex_unlock(&lock); }

/*--- The table (callers hold the lock) -----------------------------------------*/
static mig_vfile *new_slot(void) {
  for (unsigned i = 0; i < ntab; i++)
    if (!tab[i].kind) return &tab[i];
  if (ntab == captab) {
    captab = captab ? 2 * captab : 16;
    tab = mig_xrealloc(tab, captab * sizeof *tab);
  }
  return &tab[ntab++];
}

static void drop(mig_vfile *e) {
  free(e->path);
  memset(e, 0, sizeof *e);
}

static mig_vfile *by_fd(int fd) {
  for (unsigned i = 0; i < ntab; i++)
    if (tab[i].kind && tab[i].fd == fd) return &tab[i];
  return NULL;
}

static mig_vfile *by_handle(uintptr_t h) {
  for (unsigned i = 0; i < ntab; i++)
    if (tab[i].kind && tab[i].handle == h) return &tab[i];
  return NULL;
}

/* What descriptor fd is: its absolute path, or (what) a pipe, socket, ... */
static void describe_fd(mig_vfile *e, int fd) {
  char link[64], target[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, target, sizeof target - 1);
  if (n <= 0) {
    e->what = "a descriptor whose file is unknown (no /proc/self/fd)";
    return;
  }
  target[n] = '\0';
  static const char deleted[] = " (deleted)";
  size_t dl = sizeof deleted - 1;
  if (strncmp(target, "pipe:", 5) == 0) e->what = "a pipe";
  else if (strncmp(target, "socket:", 7) == 0) e->what = "a socket";
  else if (target[0] != '/') e->what = "an anonymous file (eventfd, memfd, ...)";
  else if ((size_t)n > dl && strcmp(target + n - dl, deleted) == 0)
    e->what = "a file removed from its directory";
  else
    e->path = mig_xstrdup(target);
}

static void note(int kind, int fd, int desc, uintptr_t handle, const char *mode,
                 const char *what) {
  if (fd < 0) return;
  mig_vfile *e = new_slot();
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->fd = fd;
  e->desc = desc ? desc : next_desc++;
  e->handle = handle;
  if (mode) snprintf(e->mode, sizeof e->mode, "%s", mode);
  if (what) e->what = what;
  else describe_fd(e, fd);
}

/* Another descriptor (dup) or a stream (fdopen) for fd's description. */
static void note_same(int kind, int newfd, int oldfd, uintptr_t handle, const char *mode) {
  mig_vfile *old = by_fd(oldfd);
  note(kind, newfd, old ? old->desc : 0, handle, mode, old && !old->path ? old->what : NULL);
}

static void forget_fd(int fd) {
  mig_vfile *e;
  while ((e = by_fd(fd)) && e->kind == MIG_VF_FD) drop(e);
}

/*--- Used by state_files.c and state_pointers.c ----------------------------------*/
int mig_vf_is_handle(uintptr_t v) {
  pthread_mutex_lock(&lock);
  int found = v && by_handle(v) != NULL;
  pthread_mutex_unlock(&lock);
  return found;
}

/* glibc's DIR is one malloc'ed block holding the entries readdir returns. */
int mig_vf_inside_dir(uintptr_t v, char *path, size_t n) {
  int found = 0;
  pthread_mutex_lock(&lock);
  for (unsigned i = 0; i < ntab && !found; i++)
    if (tab[i].kind == MIG_VF_DIR && v - tab[i].handle < malloc_usable_size((void *)tab[i].handle)) {
      snprintf(path, n, "%s", tab[i].path ? tab[i].path : "?");
      found = 1;
    }
  pthread_mutex_unlock(&lock);
  return found;
}

typedef struct bound {
  uint64_t sender;
  uintptr_t here;
} bound;
static bound *binds;
static unsigned nbinds;

void mig_vf_bind(uint64_t sender, uintptr_t here) {
  binds = mig_xrealloc(binds, (nbinds + 1) * sizeof *binds);
  binds[nbinds++] = (bound){sender, here};
}

int mig_vf_xlate(uint64_t sender, uintptr_t *here) {
  for (unsigned i = 0; i < nbinds; i++)
    if (binds[i].sender == sender) {
      *here = binds[i].here;
      return 1;
    }
  return 0;
}

void mig_vf_reset(void) {
  pthread_mutex_lock(&lock);
  for (unsigned i = 0; i < ntab; i++)
    if (tab[i].kind) drop(&tab[i]);
  ntab = 0;
  pthread_mutex_unlock(&lock);
}

void mig_vf_add(int kind, int fd, int desc, uintptr_t handle, const char *path, const char *mode) {
  pthread_mutex_lock(&lock);
  mig_vfile *e = new_slot();
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->fd = fd;
  e->desc = desc;
  e->handle = handle;
  e->path = mig_xstrdup(path);
  if (mode) snprintf(e->mode, sizeof e->mode, "%s", mode);
  if (desc >= next_desc) next_desc = desc + 1;
  pthread_mutex_unlock(&lock);
}

/*--- The program's calls (mig/abi.h) ---------------------------------------------*/
#define LOCKED(stmt)                                                                   \
  do {                                                                                 \
    pthread_mutex_lock(&lock);                                                         \
    stmt;                                                                              \
    pthread_mutex_unlock(&lock);                                                       \
  } while (0)

void *__mig_fopen(const char *path, const char *mode) {
  FILE *f = fopen(path, mode);
  if (f) LOCKED(note(MIG_VF_STREAM, fileno(f), 0, (uintptr_t)f, mode, NULL));
  return f;
}

void *__mig_fdopen(int fd, const char *mode) {
  FILE *f = fdopen(fd, mode);
  if (f) LOCKED({
      mig_vfile *e = by_fd(fd);
      int desc = e ? e->desc : 0;
      forget_fd(fd); /* the stream owns it now */
      note(MIG_VF_STREAM, fd, desc, (uintptr_t)f, mode, NULL);
    });
  return f;
}

/* The stream's slot is rebuilt: same FILE, maybe another file and mode. A
 * standard stream freopen'ed to a file is tracked like any other. */
void *__mig_freopen(const char *path, const char *mode, void *stream) {
  LOCKED({
    mig_vfile *e = by_handle((uintptr_t)stream);
    if (e) drop(e);
  });
  FILE *f = freopen(path, mode, stream);
  if (f) LOCKED(note(MIG_VF_STREAM, fileno(f), 0, (uintptr_t)f, mode, NULL));
  return f;
}

int __mig_fclose(void *stream) {
  LOCKED({
    mig_vfile *e = by_handle((uintptr_t)stream);
    if (e) drop(e);
  });
  return fclose(stream);
}

static unsigned mode_arg(int flags, va_list ap) {
  return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(ap, unsigned) : 0;
}

int __mig_open(const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  unsigned m = mode_arg(flags, ap);
  va_end(ap);
  int fd = open(path, flags, m);
  LOCKED({
    forget_fd(fd);
    note(MIG_VF_FD, fd, 0, 0, NULL, NULL);
  });
  return fd;
}

int __mig_openat(int dirfd, const char *path, int flags, ...) {
  va_list ap;
  va_start(ap, flags);
  unsigned m = mode_arg(flags, ap);
  va_end(ap);
  int fd = openat(dirfd, path, flags, m);
  LOCKED({
    forget_fd(fd);
    note(MIG_VF_FD, fd, 0, 0, NULL, NULL);
  });
  return fd;
}

int __mig_creat(const char *path, unsigned mode) {
  int fd = creat(path, mode);
  LOCKED({
    forget_fd(fd);
    note(MIG_VF_FD, fd, 0, 0, NULL, NULL);
  });
  return fd;
}

int __mig_close(int fd) {
  LOCKED(forget_fd(fd));
  return close(fd);
}

int __mig_dup(int fd) {
  int n = dup(fd);
  LOCKED(note_same(MIG_VF_FD, n, fd, 0, NULL));
  return n;
}

int __mig_dup2(int fd, int to) {
  int n = dup2(fd, to);
  if (n >= 0 && fd != to) LOCKED({
      forget_fd(to);
      note_same(MIG_VF_FD, n, fd, 0, NULL);
    });
  return n;
}

int __mig_dup3(int fd, int to, int flags) {
  int n = dup3(fd, to, flags);
  if (n >= 0) LOCKED({
      forget_fd(to);
      note_same(MIG_VF_FD, n, fd, 0, NULL);
    });
  return n;
}

void *__mig_opendir(const char *path) {
  DIR *d = opendir(path);
  if (d) LOCKED(note(MIG_VF_DIR, dirfd(d), 0, (uintptr_t)d, NULL, NULL));
  return d;
}

void *__mig_fdopendir(int fd) {
  DIR *d = fdopendir(fd);
  if (d) LOCKED({
      mig_vfile *e = by_fd(fd);
      int desc = e ? e->desc : 0;
      forget_fd(fd);
      note(MIG_VF_DIR, fd, desc, (uintptr_t)d, NULL, NULL);
    });
  return d;
}

int __mig_closedir(void *dir) {
  LOCKED({
    mig_vfile *e = by_handle((uintptr_t)dir);
    if (e) drop(e);
  });
  return closedir(dir);
}

int __mig_pipe(int fds[2]) {
  int r = pipe(fds);
  if (r == 0) LOCKED({
      note(MIG_VF_FD, fds[0], 0, 0, NULL, "a pipe");
      note(MIG_VF_FD, fds[1], 0, 0, NULL, "a pipe");
    });
  return r;
}

int __mig_pipe2(int fds[2], int flags) {
  int r = pipe2(fds, flags);
  if (r == 0) LOCKED({
      note(MIG_VF_FD, fds[0], 0, 0, NULL, "a pipe");
      note(MIG_VF_FD, fds[1], 0, 0, NULL, "a pipe");
    });
  return r;
}

int __mig_socket(int domain, int type, int protocol) {
  int fd = socket(domain, type, protocol);
  LOCKED(note(MIG_VF_FD, fd, 0, 0, NULL, "a socket"));
  return fd;
}

void *__mig_popen(const char *command, const char *mode) {
  FILE *f = popen(command, mode);
  if (f) LOCKED(note(MIG_VF_STREAM, fileno(f), 0, (uintptr_t)f, mode, "a pipe to a command (popen)"));
  return f;
}

int __mig_pclose(void *stream) {
  LOCKED({
    mig_vfile *e = by_handle((uintptr_t)stream);
    if (e) drop(e);
  });
  return pclose(stream);
}

void *__mig_tmpfile(void) {
  FILE *f = tmpfile();
  if (f) LOCKED(note(MIG_VF_STREAM, fileno(f), 0, (uintptr_t)f, "w+", "an unnamed temporary file (tmpfile)"));
  return f;
}
