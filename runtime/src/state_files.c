/*===- state_files.c - Open files, descriptors and directory streams -----===*
 * The program's open files (the table of vfiles.c) travel in a registered
 * runtime global ("<runtime>:files_state", like state_cwd.c's), filled just
 * before the globals are collected: for each descriptor, stream and
 * directory stream, its absolute path (resolved when it was opened), its
 * access flags, its descriptor number, the open file description it shares
 * with dup'ed descriptors, its position, a stream's mode and the bytes a
 * pending ungetc pushed back, and the sender's FILE * or DIR * value.
 *
 * Writer: every stream is flushed, so the file holds everything written;
 * a read stream's position is ftell's (what the program has consumed, not
 * what libc read ahead). Pipes, sockets, terminals and other devices (but
 * /dev/null and its kin), unnamed files (tmpfile, memfd) and files removed
 * or replaced since they were opened refuse the checkpoint naming the file;
 * the stop request is then asked again at later safe points (triggers.c).
 *
 * Restore, before any object is converted (start hook): each description
 * is re-opened by path without O_CREAT/O_TRUNC, checked to be at least as
 * long as the saved position, positioned, and put at its saved descriptor
 * numbers; streams are fdopen'ed on them with their pending ungetc bytes
 * pushed back; directory streams are re-opened and seekdir'ed to their
 * telldir position. A missing or short file is "mig: error: ... PATH ...",
 * exit 2. Saved FILE * and DIR * values are then translated to the new
 * streams (mig_vf_xlate, state_pointers.c), like stdin/stdout/stderr.
 *
 * The standard streams are the receiver's own (its redirections win), with
 * one rule: when the sender's stdin was a regular file it had read from,
 * the receiver's stdin is positioned where the program had read to -- its
 * own stdin if that is a regular file too (the same input given again),
 * else the sender's file re-opened by path. A standard stream the program itself
 * freopen'ed to a file is re-opened like any other stream.
 *===----------------------------------------------------------------------===*/
#define _FILE_OFFSET_BITS 64
#include "state_files.h"
#include "registry.h"
#include "vfiles.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { FILES_MAX = 32, POOL = 8192, BACK_MAX = 8 };
enum { KIND_STDIN = 4 }; /* after MIG_VF_*: the shell's redirection of stdin */
/* Access flags, portable (O_* values differ between architectures). */
enum { F_RD = 1, F_WR = 2, F_APPEND = 4, F_NONBLOCK = 8, F_SYNC = 16, F_CLOEXEC = 32, F_DIR = 64 };

typedef struct file_rec {
  int32_t kind;    /* MIG_VF_*, KIND_STDIN                              */
  int32_t fd;      /* descriptor number in the program                  */
  int32_t desc;    /* records with one desc share an open description   */
  int32_t flags;   /* F_*                                               */
  int64_t offset;  /* lseek / ftell / telldir                           */
  uint64_t handle; /* sender's FILE * or DIR * (translated by value)    */
  uint32_t path;   /* offset of its NUL-terminated path in pool         */
  int32_t nback;   /* bytes of a pending ungetc, last pushed first      */
  uint8_t back[BACK_MAX];
  char mode[8];    /* a stream's fopen mode                             */
} file_rec;

typedef struct files_state {
  uint32_t n, used; /* records, pool bytes */
  file_rec rec[FILES_MAX];
  char pool[POOL];
} files_state;

static files_state fs;

#define RFIELD(m, t, n) {#m, &t, offsetof(file_rec, m), n, 0, 0}
static const __mig_field rec_fields[] = {
    RFIELD(kind, __mig_type_int, 1),      RFIELD(fd, __mig_type_int, 1),
    RFIELD(desc, __mig_type_int, 1),      RFIELD(flags, __mig_type_int, 1),
    RFIELD(offset, __mig_type_llong, 1),  RFIELD(handle, __mig_type_ullong, 1),
    RFIELD(path, __mig_type_uint, 1),     RFIELD(nback, __mig_type_int, 1),
    RFIELD(back, __mig_type_uchar, BACK_MAX), RFIELD(mode, __mig_type_uchar, 8)};
static const __mig_type rec_type = {
    "struct __mig_file_rec", MIG_K_STRUCT, 0, sizeof(file_rec), _Alignof(file_rec),
    sizeof rec_fields / sizeof rec_fields[0], rec_fields, 0};
#define SFIELD(m, t, n) {#m, &t, offsetof(files_state, m), n, 0, 0}
static const __mig_field state_fields[] = {SFIELD(n, __mig_type_uint, 1),
                                           SFIELD(used, __mig_type_uint, 1),
                                           SFIELD(rec, rec_type, FILES_MAX),
                                           SFIELD(pool, __mig_type_uchar, POOL)};
static const __mig_type state_type = {
    "struct __mig_files_state", MIG_K_STRUCT, 0, sizeof(files_state), _Alignof(files_state),
    sizeof state_fields / sizeof state_fields[0], state_fields, 0};
static const char state_name[] = "<runtime>:files_state";
static const __mig_global files_globals[] = {{state_name, &fs, &state_type, 1, 0}};
static const __mig_type *const files_types[] = {&rec_type, &state_type};
static const __mig_unit files_unit = {MIG_ABI_VERSION, "<runtime-files>", files_globals, 1, NULL,
                                      0, NULL, 0, NULL, 0, files_types, 2, NULL};

__attribute__((constructor)) static void register_files_unit(void) {
  __mig_register_unit(&files_unit);
}

/*--- Writer ------------------------------------------------------------------------*/
static char refusal[768]; /* the first reason, reported by the check hook */

static void refuse(const char *fmt_path, int fd, const char *why) {
  if (!refusal[0])
    snprintf(refusal, sizeof refusal, "(open file %s, descriptor %d) %s", fmt_path, fd, why);
}

static uint32_t pool_add(const char *s) {
  size_t n = strlen(s) + 1;
  if (n > POOL - fs.used) {
    refuse(s, -1, "cannot be saved: the paths of the open files exceed 8192 bytes");
    return 0;
  }
  memcpy(fs.pool + fs.used, s, n);
  fs.used += (uint32_t)n;
  return fs.used - (uint32_t)n;
}

static int32_t portable_flags(int fd) {
  int fl = fcntl(fd, F_GETFL), fdfl = fcntl(fd, F_GETFD);
  int32_t r = 0;
  if ((fl & O_ACCMODE) != O_WRONLY) r |= F_RD;
  if ((fl & O_ACCMODE) != O_RDONLY) r |= F_WR;
  if (fl & O_APPEND) r |= F_APPEND;
  if (fl & O_NONBLOCK) r |= F_NONBLOCK;
  if (fl & O_SYNC) r |= F_SYNC;
  if (fdfl >= 0 && (fdfl & FD_CLOEXEC)) r |= F_CLOEXEC;
  return r;
}

/* Devices that are the same everywhere and have no position. */
static int harmless_device(const char *path) {
  static const char *const ok[] = {"/dev/null", "/dev/zero", "/dev/full", "/dev/random",
                                   "/dev/urandom"};
  for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
    if (strcmp(path, ok[i]) == 0) return 1;
  return 0;
}

/* 0 when descriptor fd, opened as path, can be re-opened by its path. */
static int judge(const char *path, int fd, int32_t *flags) {
  struct stat st, now;
  if (fstat(fd, &st) != 0) {
    refuse(path, fd, "is no longer open (closed by code not built by migcc)");
    return -1;
  }
  if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) {
    refuse(path, fd, "is a pipe or socket: only regular files and directories can be migrated");
    return -1;
  }
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
    if (harmless_device(path)) return 0;
    refuse(path, fd, isatty(fd) ? "is a terminal: only the standard streams can be one"
                                : "is a device: only regular files and directories can be migrated");
    return -1;
  }
  if (stat(path, &now) != 0 || now.st_dev != st.st_dev || now.st_ino != st.st_ino) {
    refuse(path, fd, "was removed or replaced since it was opened: it could not be re-opened "
                     "by its path");
    return -1;
  }
  if (S_ISDIR(st.st_mode)) *flags |= F_DIR;
  return 0;
}

/* glibc: a stream reading from ungetc's backup area (libio.h's _IO_IN_BACKUP);
 * the pending bytes are [_IO_read_ptr, _IO_read_end). */
#define GLIBC_IN_BACKUP 0x100
static void save_pushback(FILE *f, file_rec *r, const char *name) {
  if (!(f->_flags & GLIBC_IN_BACKUP)) return;
  long n = f->_IO_read_end - f->_IO_read_ptr;
  if (n > BACK_MAX) {
    refuse(name, r->fd,
           "has more than 8 bytes pushed back by ungetc");
    return;
  }
  r->nback = (int32_t)n;
  memcpy(r->back, f->_IO_read_ptr, (size_t)n);
}

/* A read stream is not flushed: glibc's fflush of an input stream would
 * drop what it read ahead (and move the descriptor) in the sender. */
static int64_t stream_position(FILE *f, int fd, const char *mode) {
  if (strpbrk(mode, "wa+")) fflush(f);
  off_t p = ftello(f);
  return p >= 0 ? (int64_t)p : (int64_t)lseek(fd, 0, SEEK_CUR);
}

static void save_entry(const mig_vfile *e) {
  if (!e->path) {
    if (!refusal[0])
      snprintf(refusal, sizeof refusal,
               "(open %s %d) is %s: only regular files, directories and /dev/null "
               "can be migrated",
               e->kind == MIG_VF_STREAM ? "stream on descriptor" : "descriptor", e->fd, e->what);
    return;
  }
  if (fs.n == FILES_MAX) {
    refuse(e->path, e->fd, "cannot be saved: more than 32 files are open");
    return;
  }
  file_rec *r = &fs.rec[fs.n];
  memset(r, 0, sizeof *r);
  r->kind = e->kind;
  r->fd = e->fd;
  r->desc = e->desc;
  r->handle = e->handle;
  r->flags = portable_flags(e->fd);
  if (judge(e->path, e->fd, &r->flags)) return;
  r->path = pool_add(e->path);
  memcpy(r->mode, e->mode, sizeof r->mode);
  if (e->kind == MIG_VF_STREAM) {
    save_pushback((FILE *)e->handle, r, e->path);
    r->offset = stream_position((FILE *)e->handle, e->fd, e->mode);
  } else if (e->kind == MIG_VF_DIR) {
    r->offset = telldir((DIR *)e->handle);
  } else {
    r->offset = (int64_t)lseek(e->fd, 0, SEEK_CUR);
  }
  if (r->offset < 0) r->offset = 0; /* a device: no position */
  fs.n++;
}

/* stdin redirected from a regular file by whoever started the program. */
static void save_stdin(int tracked) {
  char path[4096];
  struct stat st;
  ssize_t n = readlink("/proc/self/fd/0", path, sizeof path - 1);
  if (tracked || n <= 0 || path[0] != '/' || fstat(0, &st) != 0 || !S_ISREG(st.st_mode)) return;
  path[n] = '\0';
  if (fs.n == FILES_MAX) return;
  file_rec *r = &fs.rec[fs.n];
  memset(r, 0, sizeof *r);
  r->kind = KIND_STDIN;
  r->fd = 0;
  r->flags = F_RD;
  save_pushback(stdin, r, path);
  r->offset = stream_position(stdin, 0, "r");
  if (r->offset <= 0 && r->nback == 0) return; /* nothing read: nothing to resume */
  r->path = pool_add(path);
  fs.n++;
}

void mig_st_files_collect(writer *w) {
  (void)w;
  memset(&fs, 0, sizeof fs);
  refusal[0] = '\0';
  unsigned n;
  int stdin_tracked = 0;
  mig_vfile *t = mig_vf_lock(&n);
  for (unsigned i = 0; i < n; i++)
    if (t[i].kind) {
      save_entry(&t[i]);
      stdin_tracked |= t[i].fd == 0;
    }
  mig_vf_unlock();
  save_stdin(stdin_tracked);
}

void mig_st_files_check(writer *w) {
  if (!refusal[0]) return;
  for (size_t i = 0; i < w->nobjs; i++)
    if (w->objs[i].addr == (uintptr_t)&fs) {
      mig_w_refuse(w, &w->objs[i], -1, refusal);
      return;
    }
}

/*--- Restore -----------------------------------------------------------------------*/
static const char *rec_path(const file_rec *r) {
  if (r->path >= POOL || !memchr(fs.pool + r->path, '\0', POOL - r->path) ||
      fs.pool[r->path] != '/')
    mig_r_fail("global %s: a saved file has no absolute path", state_name);
  return fs.pool + r->path;
}

static int open_flags(int32_t f) {
  int fl = (f & F_RD) && (f & F_WR) ? O_RDWR : (f & F_WR) ? O_WRONLY : O_RDONLY;
  if (f & F_APPEND) fl |= O_APPEND;
  if (f & F_NONBLOCK) fl |= O_NONBLOCK;
  if (f & F_SYNC) fl |= O_SYNC;
  if (f & F_DIR) fl |= O_DIRECTORY;
  return fl;
}

/* ftell counts bytes pushed back by ungetc as unread: the descriptor is
 * after them, and they are pushed back again (push_back). */
static int64_t resume_offset(const file_rec *r) {
  return r->offset + (r->nback > 0 && r->nback <= BACK_MAX ? r->nback : 0);
}

/* Open r's file positioned at its offset, on a descriptor above every saved
 * one (so that putting each at its number cannot clobber another). */
static int reopen(const file_rec *r) {
  const char *path = rec_path(r);
  int64_t at = resume_offset(r);
  int fd = open(path, open_flags(r->flags) | O_CLOEXEC);
  if (fd < 0) mig_r_fail("cannot re-open %s (descriptor %d): %s", path, r->fd, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    if (st.st_size < at)
      mig_r_fail("%s is %lld bytes long, shorter than the saved position %lld (descriptor %d)",
                 path, (long long)st.st_size, (long long)at, r->fd);
    if (lseek(fd, (off_t)at, SEEK_SET) < 0)
      mig_r_fail("cannot seek %s to %lld: %s", path, (long long)at, strerror(errno));
  }
  int hi = fcntl(fd, F_DUPFD_CLOEXEC, 1024);
  if (hi < 0) return fd;
  close(fd);
  return hi;
}

static void place_fd(int from, const file_rec *r) {
  if (from != r->fd && dup2(from, r->fd) < 0)
    mig_r_fail("cannot put %s at descriptor %d: %s", rec_path(r), r->fd, strerror(errno));
  if (!(r->flags & F_CLOEXEC)) fcntl(r->fd, F_SETFD, 0);
}

static void push_back(FILE *f, const file_rec *r) {
  for (int32_t k = r->nback > BACK_MAX ? BACK_MAX : r->nback; k-- > 0;) ungetc(r->back[k], f);
}

static int is_std_handle(rctx *x, uint64_t h) {
  for (uint32_t i = 0; i < x->c.nspecials; i++)
    if (x->c.specials[i].addr == h) return 1;
  return 0;
}

static void rebind_stream(rctx *x, const file_rec *r) {
  FILE *f;
  if (is_std_handle(x, r->handle)) { /* freopen'ed by the program: the FILE is ours */
    f = r->fd == 0 ? stdin : r->fd == 1 ? stdout : stderr;
  } else {
    f = fdopen(r->fd, r->mode[0] ? r->mode : "r");
    if (!f) mig_r_fail("cannot re-open %s as a stream: %s", rec_path(r), strerror(errno));
    mig_vf_bind(r->handle, (uintptr_t)f);
  }
  push_back(f, r);
  mig_vf_add(MIG_VF_STREAM, r->fd, r->desc, (uintptr_t)f, rec_path(r), r->mode);
}

static void rebind_dir(const file_rec *r) {
  DIR *d = fdopendir(r->fd);
  if (!d) mig_r_fail("cannot re-open directory %s: %s", rec_path(r), strerror(errno));
  seekdir(d, (long)r->offset);
  mig_vf_bind(r->handle, (uintptr_t)d);
  mig_vf_add(MIG_VF_DIR, r->fd, r->desc, (uintptr_t)d, rec_path(r), NULL);
}

/* The rule for stdin: its own regular file is positioned, anything else
 * (a terminal, a pipe, the checkpoint itself) is replaced by the saved file. */
static void rebind_stdin(const file_rec *r) {
  struct stat st;
  const char *path = rec_path(r);
  int64_t at = resume_offset(r);
  if (fstat(0, &st) == 0 && S_ISREG(st.st_mode)) {
    if (st.st_size < at)
      mig_r_fail("standard input is %lld bytes long, shorter than the saved position %lld in "
                 "%s", (long long)st.st_size, (long long)at, path);
    if (lseek(0, (off_t)at, SEEK_SET) < 0)
      mig_r_fail("cannot seek standard input to %lld: %s", (long long)at, strerror(errno));
  } else {
    int fd = reopen(r);
    place_fd(fd, r);
    close(fd);
  }
  push_back(stdin, r);
}

static void convert_state(rctx *x) {
  for (uint32_t i = 0; i < x->c.nobjects; i++) {
    const mig_robject *o = &x->c.objects[i];
    if (o->kind == MIG_OBJ_GLOBAL && strcmp(o->name, state_name) == 0 &&
        x->raddr[i] == (unsigned char *)&fs) {
      mig_r_conv(x, o->type, x->rtype[i], o->data, x->raddr[i], o->count);
      return;
    }
  }
  memset(&fs, 0, sizeof fs); /* none saved: no files were open */
}

void mig_st_files_start(rctx *x) {
  convert_state(x);
  mig_vf_reset();
  if (fs.n > FILES_MAX) mig_r_fail("global %s: %u files, at most %d", state_name, fs.n, FILES_MAX);
  int temp[FILES_MAX];
  for (uint32_t i = 0; i < fs.n; i++) { /* one open per description */
    temp[i] = -1;
    if (fs.rec[i].kind == KIND_STDIN) continue;
    for (uint32_t j = 0; j < i && temp[i] < 0; j++)
      if (fs.rec[j].desc == fs.rec[i].desc && fs.rec[j].kind != KIND_STDIN) temp[i] = temp[j];
    if (temp[i] < 0) temp[i] = reopen(&fs.rec[i]);
  }
  for (uint32_t i = 0; i < fs.n; i++) {
    const file_rec *r = &fs.rec[i];
    if (r->kind == KIND_STDIN) {
      rebind_stdin(r);
      continue;
    }
    place_fd(temp[i], r);
    if (r->kind == MIG_VF_STREAM) rebind_stream(x, r);
    else if (r->kind == MIG_VF_DIR) rebind_dir(r);
    else mig_vf_add(MIG_VF_FD, r->fd, r->desc, 0, rec_path(r), NULL);
  }
  for (uint32_t i = 0; i < fs.n; i++) /* each temporary once */
    if (temp[i] >= 0 && temp[i] != fs.rec[i].fd) {
      int t = temp[i];
      for (uint32_t j = i; j < fs.n; j++)
        if (temp[j] == t) temp[j] = -1;
      close(t);
    }
}
