/*===- key.c - The key that authenticates checkpoints ---------------------===*
 * MIG_KEY (the key's bytes) or MIG_KEY_FILE (a file holding them) is read
 * once at start-up. The variable is then removed from the environment: the
 * envp strings are saved in every checkpoint, and a key written into the
 * file it authenticates would let anyone who can read the file forge one.
 *===----------------------------------------------------------------------===*/
#include "util.h"
#include "key.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MIG_KEY_MAX 4096

static unsigned char key[MIG_KEY_MAX];
static size_t keylen;
static int have_key;

static void read_key_file(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) mig_fatal("MIG_KEY_FILE: cannot open %s: %s", path, strerror(errno));
  ssize_t n;
  while ((n = read(fd, key + keylen, sizeof key - keylen)) > 0 ||
         (n < 0 && errno == EINTR))
    if (n > 0) keylen += (size_t)n;
  close(fd);
  if (n < 0) mig_fatal("MIG_KEY_FILE: cannot read %s", path);
  if (keylen == sizeof key) mig_fatal("MIG_KEY_FILE: %s is longer than %d bytes", path, MIG_KEY_MAX - 1);
}

void mig_key_init(void) {
  const char *k = getenv("MIG_KEY"), *f = getenv("MIG_KEY_FILE");
  if (k && *k) {
    keylen = strlen(k);
    if (keylen >= sizeof key) mig_fatal("MIG_KEY is longer than %d bytes", MIG_KEY_MAX - 1);
    memcpy(key, k, keylen);
    have_key = 1;
  } else if (f && *f) {
    read_key_file(f);
    if (!keylen) mig_fatal("MIG_KEY_FILE: %s is empty", f);
    have_key = 1;
  }
  unsetenv("MIG_KEY"); /* not into the checkpoint's envp */
}

const unsigned char *mig_key(size_t *len) {
  *len = keylen;
  return have_key ? key : NULL;
}
