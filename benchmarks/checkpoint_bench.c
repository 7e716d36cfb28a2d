/* checkpoint_bench.c - checkpoint/restore costs of the migcc runtime.
 *
 * Built with migcc (it calls mig_checkpoint()); driven by run.py
 * --checkpoint, which sets MIG_CKPT / MIG_RESTORE and parses the
 * "RESULT <name> <value>" lines this program prints. Modes:
 *
 *   heap MIB REPS RAWFILE   checkpoint of a MIB MiB heap block, then
 *                           write()+fsync() of the same bytes to RAWFILE,
 *                           and the same plus rename over RAWFILE and
 *                           fsync of its directory (what a checkpoint
 *                           guarantees), REPS times, in this one process.
 *   restore MIB             without MIG_RESTORE: fill a MIB MiB heap block,
 *                           time memcpy of it, write a checkpoint, exit.
 *                           Restored (MIG_RESTORE set): print the time from
 *                           BENCH_T0_NS (CLOCK_REALTIME, set by the parent
 *                           just before it started this process) to the
 *                           moment mig_checkpoint() returned 1, then verify.
 *   startup                 time from BENCH_T0_NS to the start of main, to
 *                           subtract the cost of starting a process.
 *   deep DEPTH REPS         recursion DEPTH deep, mig_checkpoint() at the
 *                           bottom REPS times; latency of each.
 *   blocks N                a linked list of N malloc'd nodes; time one
 *                           checkpoint, exit. Restored: as for restore.
 *   coldread FILE [huge]    the physical floor of a restore: drop FILE from
 *                           the page cache (posix_fadvise DONTNEED), then
 *                           time open + read of all of it into one freshly
 *                           malloc'ed buffer (page faults included; huge:
 *                           huge pages, populated, 1 MiB reads, as the
 *                           restore does for large blocks).
 *   dropcache FILE          only drop FILE from the page cache.
 *   downtime MIB            fill a MIB MiB heap block, print "RESULT ready",
 *                           then spin in a polled loop until stopped (the
 *                           parent sends the stop signal: checkpoint, exit
 *                           85). Restored with BENCH_RESUMED in the
 *                           environment, the loop ends at once and the
 *                           program prints the CLOCK_REALTIME of that
 *                           moment (resumed_ns) and verifies the heap.
 *
 * Times are CLOCK_MONOTONIC inside one process and CLOCK_REALTIME across a
 * process start. Everything the program needs after a checkpoint is kept in
 * locals and globals, never read from argv again.
 */
#include <errno.h>
#include <fcntl.h>
#include <mig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now_mono(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long long now_real_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* CPU seconds of this process (user + system, all threads): on a loaded
 * machine the wall-clock time of a step is mostly waiting for a core, its
 * CPU time is what it costs. */
static double now_cpu(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Seconds since BENCH_T0_NS, or -1 when it is not set. */
static double since_t0(long long t) {
  const char *s = getenv("BENCH_T0_NS");
  if (!s)
    return -1.0;
  return (double)(t - atoll(s)) * 1e-9;
}

static long file_size(const char *path) {
  struct stat st;
  if (!path || stat(path, &st) != 0)
    return -1;
  return (long)st.st_size;
}

static void fail(const char *what, int rc) {
  printf("RESULT error %s(rc=%d)\n", what, rc);
  fflush(stdout);
  exit(2);
}

static unsigned long pattern(unsigned long i) {
  return (i + 1) * 0x9E3779B97F4A7C15ul;
}

static unsigned long checksum(const unsigned long *p, unsigned long n) {
  unsigned long h = 0;
  for (unsigned long i = 0; i < n; i++)
    h = (h ^ p[i]) * 1099511628211ul;
  return h;
}

/* Keeps the compiler from dropping or merging the timed memcpy calls. */
#define CLOBBER(p) __asm__ __volatile__("" : : "r"(p) : "memory")

static unsigned long *fill_heap(unsigned long bytes) {
  unsigned long n = bytes / sizeof(unsigned long);
  unsigned long *heap = malloc(bytes);
  if (!heap)
    fail("malloc", 0);
  for (unsigned long i = 0; i < n; i++)
    heap[i] = pattern(i);
  return heap;
}

/*--- heap: checkpoint vs write+fsync ------------------------------------*/

static char raw_path[4096];

static double write_raw(const unsigned long *heap, unsigned long bytes,
                        int do_fsync) {
  double t0 = now_mono();
  int fd = open(raw_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    fail("open", errno);
  const char *p = (const char *)heap;
  unsigned long left = bytes;
  while (left > 0) {
    unsigned long chunk = left > (1ul << 30) ? (1ul << 30) : left;
    ssize_t w = write(fd, p, chunk);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      fail("write", errno);
    }
    p += w;
    left -= (unsigned long)w;
  }
  if (do_fsync && fsync(fd) != 0)
    fail("fsync", errno);
  close(fd);
  return now_mono() - t0;
}

/* What a checkpoint guarantees, done with plain calls: write the bytes to
 * a temporary file, fsync it, rename it over RAWFILE, fsync the directory
 * (the rename is durable). The floor a checkpoint is measured against. */
static double write_raw_renamed(const unsigned long *heap, unsigned long bytes) {
  char final[sizeof raw_path];
  memcpy(final, raw_path, sizeof final);
  double t0 = now_mono();
  snprintf(raw_path, sizeof raw_path, "%s.tmp", final);
  write_raw(heap, bytes, 1);
  if (rename(raw_path, final) != 0)
    fail("rename", errno);
  memcpy(raw_path, final, sizeof raw_path);
  char dir[sizeof raw_path];
  memcpy(dir, final, sizeof dir);
  char *slash = strrchr(dir, '/');
  if (slash)
    *(slash == dir ? slash + 1 : slash) = 0;
  int dfd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY);
  if (dfd < 0 || fsync(dfd) != 0)
    fail("fsync(dir)", errno);
  close(dfd);
  return now_mono() - t0;
}

/* Both the checkpoint and the raw write create a new file: the previous
 * checkpoint and the previous raw file are deleted (untimed) first, so
 * neither pays for freeing the other's old file, and both draw their page
 * cache pages from the same pool. (With the old file kept, the measure
 * depends on which side happens to reuse just-freed pages: on a virtual
 * machine, never-touched pages cost more to fill than the copy itself.) */
static void fresh_start(void) {
  unlink(raw_path);
  const char *ck = getenv("MIG_CKPT");
  if (ck) unlink(ck);
  sync();
}

static int bench_heap(unsigned long mib, int reps) {
  unsigned long bytes = mib << 20;
  unsigned long *heap = fill_heap(bytes);
  printf("RESULT bytes %lu\n", bytes);
  for (int r = 0; r < reps; r++) {
    /* Even repetitions time the checkpoint first, odd ones write+fsync
     * first, so neither always pays for coming right after the heap was
     * filled. Each timed write starts with no dirty data in the page cache
     * (sync), so an fsync never pays for an earlier measure's writes. */
    if (r % 2 == 1) {
      fresh_start();
      printf("RESULT write_fsync_s %.6f\n", write_raw(heap, bytes, 1));
    }
    fresh_start();
    double t0 = now_mono();
    int rc = mig_checkpoint();
    double t1 = now_mono();
    if (rc != 0)
      fail("mig_checkpoint", rc);
    printf("RESULT ckpt_s %.6f\n", t1 - t0);
    printf("RESULT ckpt_file_bytes %ld\n", file_size(getenv("MIG_CKPT")));
    if (r % 2 == 0) {
      fresh_start();
      printf("RESULT write_fsync_s %.6f\n", write_raw(heap, bytes, 1));
    }
    fresh_start();
    printf("RESULT write_fsync_rename_s %.6f\n", write_raw_renamed(heap, bytes));
    fresh_start();
    printf("RESULT write_nofsync_s %.6f\n", write_raw(heap, bytes, 0));
    sync();
    fflush(stdout);
  }
  unlink(raw_path);
  free(heap);
  return 0;
}

/*--- restore: restore vs memcpy -----------------------------------------*/

/* memcpy of the same bytes: into fresh memory (page faults included, as a
 * restore has them) and again into the now-populated buffer. */
static void time_memcpy(const unsigned long *heap, unsigned long bytes,
                        unsigned long sum) {
  unsigned long *dst = malloc(bytes);
  if (!dst)
    fail("malloc", 0);
  CLOBBER(dst);
  double t0 = now_mono();
  memcpy(dst, heap, bytes);
  CLOBBER(dst);
  double t1 = now_mono();
  memcpy(dst, heap, bytes);
  CLOBBER(dst);
  double t2 = now_mono();
  if (checksum(dst, bytes / sizeof(unsigned long)) != sum)
    fail("memcpy-check", 0);
  free(dst); /* not part of the checkpoint */
  printf("RESULT memcpy_fresh_s %.6f\n", t1 - t0);
  printf("RESULT memcpy_warm_s %.6f\n", t2 - t1);
}

static int bench_restore(unsigned long mib) {
  unsigned long bytes = mib << 20;
  unsigned long n = bytes / sizeof(unsigned long);
  unsigned long *heap = fill_heap(bytes);
  unsigned long sum = checksum(heap, n);

  if (!getenv("BENCH_NO_MEMCPY")) /* the floor measures need no memcpy */
    time_memcpy(heap, bytes, sum);
  printf("RESULT bytes %lu\n", bytes);
  fflush(stdout);

  double t0 = now_mono();
  int rc = mig_checkpoint();
  long long resumed = now_real_ns();
  if (rc == 0) {
    printf("RESULT ckpt_s %.6f\n", now_mono() - t0);
    printf("RESULT ckpt_file_bytes %ld\n", file_size(getenv("MIG_CKPT")));
    return 0; /* the checkpoint is on disk; the parent restores it */
  }
  if (rc != 1)
    fail("mig_checkpoint", rc);
  printf("RESULT restore_since_t0_s %.6f\n", since_t0(resumed));
  printf("RESULT restore_ok %d\n", checksum(heap, n) == sum);
  free(heap);
  return 0;
}

/*--- deep: checkpoint latency with a deep stack -------------------------*/

static volatile long sink;
static int deep_reps;

static long at_bottom(void) {
  for (int r = 0; r < deep_reps; r++) {
    double c0 = now_cpu(), t0 = now_mono();
    int rc = mig_checkpoint();
    double t1 = now_mono(), c1 = now_cpu();
    if (rc != 0)
      fail("mig_checkpoint", rc);
    printf("RESULT deep_ckpt_s %.6f\n", t1 - t0);
    printf("RESULT deep_ckpt_cpu_s %.6f\n", c1 - c0);
  }
  printf("RESULT ckpt_file_bytes %ld\n", file_size(getenv("MIG_CKPT")));
  return 1;
}

static long down(int depth) {
  if (depth == 0)
    return at_bottom();
  long r = down(depth - 1);
  sink = r; /* work after the call: no tail call, a real frame per level */
  return r + depth;
}

/*--- blocks: many small heap blocks -------------------------------------*/

struct node {
  struct node *next;
  long value;
};

static int bench_blocks(long nblocks) {
  struct node *head = NULL;
  for (long i = 0; i < nblocks; i++) {
    struct node *nd = malloc(sizeof *nd);
    if (!nd)
      fail("malloc", 0);
    nd->value = i;
    nd->next = head;
    head = nd;
  }
  printf("RESULT blocks %ld\n", nblocks);
  fflush(stdout);
  double c0 = now_cpu(), t0 = now_mono();
  int rc = mig_checkpoint();
  long long resumed = now_real_ns();
  if (rc == 0) {
    printf("RESULT ckpt_s %.6f\n", now_mono() - t0);
    printf("RESULT ckpt_cpu_s %.6f\n", now_cpu() - c0);
    printf("RESULT ckpt_file_bytes %ld\n", file_size(getenv("MIG_CKPT")));
    return 0;
  }
  if (rc != 1)
    fail("mig_checkpoint", rc);
  printf("RESULT restore_since_t0_s %.6f\n", since_t0(resumed));
  printf("RESULT restore_cpu_s %.6f\n", now_cpu()); /* the restoring process's */
  long count = 0, expect = nblocks - 1, ok = 1;
  for (struct node *p = head; p; p = p->next) {
    if (p->value != expect--)
      ok = 0;
    count++;
  }
  printf("RESULT restore_ok %d\n", ok && count == nblocks);
  return 0;
}

/*--- coldread / dropcache: the floor of a restore --------------------------*/

static int drop_cache(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    fail("open", errno);
  fdatasync(fd); /* DONTNEED drops clean pages only */
  int rc = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  close(fd);
  return rc;
}

/* huge: the way the restore reads large blocks (the buffer advised for
 * transparent huge pages and populated, the file read sequentially in
 * 1 MiB pieces), so the floor uses the same tricks. */
static int bench_coldread(const char *path, int huge) {
  if (drop_cache(path) != 0)
    fail("posix_fadvise", errno);
  double t0 = now_mono();
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    fail("open", errno);
  struct stat st;
  if (fstat(fd, &st) != 0)
    fail("fstat", errno);
  unsigned long len = (unsigned long)st.st_size, got = 0;
  char *buf = malloc(len ? len : 1);
  if (!buf)
    fail("malloc", 0);
  unsigned long piece = len;
  if (huge) { /* what the restore does: huge pages, populated, 1 MiB reads */
    uintptr_t a = ((uintptr_t)buf + (2u << 20) - 1) & ~(uintptr_t)((2u << 20) - 1);
    uintptr_t e = ((uintptr_t)buf + len) & ~(uintptr_t)((2u << 20) - 1);
    if (e > a) {
      madvise((void *)a, e - a, MADV_HUGEPAGE);
      madvise((void *)a, e - a, 23 /* MADV_POPULATE_WRITE */);
    }
    posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    piece = 1ul << 20;
  }
  while (got < len) {
    ssize_t k = read(fd, buf + got, len - got < piece ? len - got : piece);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      fail("read", errno);
    got += (unsigned long)k;
  }
  close(fd);
  CLOBBER(buf);
  double t1 = now_mono();
  printf("RESULT coldread_s %.6f\n", t1 - t0);
  printf("RESULT coldread_bytes %lu\n", len);
  free(buf);
  return 0;
}

/*--- downtime: stop request to resumed output ------------------------------*/

static volatile unsigned long spin_sink;

static int bench_downtime(unsigned long mib) {
  unsigned long bytes = mib << 20;
  unsigned long n = bytes / sizeof(unsigned long);
  unsigned long *heap = fill_heap(bytes);
  unsigned long sum = checksum(heap, n);
  printf("RESULT ready 1\n");
  fflush(stdout);
  /* A polled loop: the stop signal is taken at its next iteration. After a
   * restore getenv sees the restoring process's environment. */
  for (unsigned long i = 0;; i++) {
    spin_sink = i;
    if ((i & 0xffff) == 0 && getenv("BENCH_RESUMED"))
      break;
  }
  long long resumed = now_real_ns();
  printf("RESULT resumed_ns %lld\n", resumed);
  printf("RESULT restore_ok %d\n", checksum(heap, n) == sum);
  free(heap);
  return 0;
}

int main(int argc, char **argv) {
  long long started = now_real_ns();
  if (argc < 2) {
    fprintf(stderr,
            "usage: %s heap MIB REPS RAWFILE | restore MIB | startup | "
            "deep DEPTH REPS | blocks N | coldread FILE [huge] | dropcache FILE | "
            "downtime MIB\n",
            argv[0]);
    return 2;
  }
  if (strcmp(argv[1], "startup") == 0) {
    printf("RESULT startup_s %.6f\n", since_t0(started));
    return 0;
  }
  if (strcmp(argv[1], "heap") == 0 && argc == 5) {
    snprintf(raw_path, sizeof raw_path, "%s", argv[4]);
    return bench_heap(strtoul(argv[2], NULL, 10), atoi(argv[3]));
  }
  if (strcmp(argv[1], "restore") == 0 && argc == 3)
    return bench_restore(strtoul(argv[2], NULL, 10));
  if (strcmp(argv[1], "deep") == 0 && argc == 4) {
    int depth = atoi(argv[2]);
    deep_reps = atoi(argv[3]);
    long r = down(depth);
    printf("RESULT deep_result %ld\n", r);
    return 0;
  }
  if (strcmp(argv[1], "blocks") == 0 && argc == 3)
    return bench_blocks(atol(argv[2]));
  if (strcmp(argv[1], "coldread") == 0 && (argc == 3 || argc == 4))
    return bench_coldread(argv[2], argc == 4 && strcmp(argv[3], "huge") == 0);
  if (strcmp(argv[1], "dropcache") == 0 && argc == 3)
    return drop_cache(argv[2]) == 0 ? 0 : 2;
  if (strcmp(argv[1], "downtime") == 0 && argc == 3)
    return bench_downtime(strtoul(argv[2], NULL, 10));
  fprintf(stderr, "bad arguments\n");
  return 2;
}
