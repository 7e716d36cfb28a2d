/*===- reader.h - Parsing and validating a checkpoint file ----------------===*
 * The reader never trusts the file: every length, index and offset is
 * checked before use, and the result is either a fully validated mig_ckpt
 * or an error message. Used by the runtime's restore, by migdump and by the
 * fuzzer. Pure C, no runtime state.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_READER_H
#define MIG_READER_H
#include "convert.h"
#include <stddef.h>
#include <stdint.h>

/* Maximum nesting of types (struct in struct in ...), checked on read. */
#define MIG_MAX_TYPE_DEPTH 64

typedef struct mig_rfield {
  const char *name;
  uint32_t type;        /* index into mig_ckpt.types, < the owner's index */
  uint64_t offset, count;
  uint16_t bit_width;
  uint32_t bit_offset;
} mig_rfield;

typedef struct mig_rtype {
  const char *name;
  uint32_t kind, flags;
  uint64_t size, align;
  uint32_t nfields;
  mig_rfield *fields;
  int has_ptr;          /* computed: holds a PTR or FNPTR somewhere */
} mig_rtype;

typedef struct mig_robject {
  uint8_t kind;         /* MIG_OBJ_* */
  uint32_t type;
  const char *name;
  uint64_t addr, count, nbytes;
  uint64_t offset;      /* of its bytes in the file (0: read-only global) */
  const unsigned char *data; /* its bytes: in the file buffer, or where a
                                streamed restore put them (NULL until then) */
} mig_robject;

typedef struct mig_rsym {   /* FUNCS and LITERALS entries */
  const char *name;
  uint64_t addr, size;
} mig_rsym;

typedef struct mig_rspecial {
  uint32_t id;
  uint64_t addr;
} mig_rspecial;

typedef struct mig_rframe {
  const char *func;
  uint32_t site;
  int32_t regframe, shadow, first_alloca;
  uint32_t nallocas;
} mig_rframe;

typedef struct mig_rthread {
  uint64_t id;          /* the program's pthread_t: index + 1 */
  uint8_t state, flags; /* MIG_THR_*, MIG_THRF_* */
  const char *start;    /* start routine ("" for the main thread) */
  uint64_t arg, retval, stacksize;
  uint32_t nheld;
  uint64_t *held;       /* sender addresses of held mutexes */
  int32_t first_tls;
  uint32_t ntls;
  uint32_t nframes;
  mig_rframe *frames;   /* outermost first */
} mig_rthread;

typedef struct mig_rmutex {
  uint64_t addr;        /* sender address */
  uint32_t type;        /* MIG_MUTEX_* */
} mig_rmutex;

typedef struct mig_arena_block mig_arena_block;

typedef struct mig_ckpt {
  uint32_t version;
  uint64_t fingerprint, file_size, checksum;
  int has_mac;          /* a MAC section is present (not verified here) */
  mig_arch arch;
  const char *program;
  uint64_t polls, checkpoints;
  uint32_t abi_version;
  uint32_t ntypes, nfuncs, nliterals, nspecials, nobjects, nthreads, nmutexes;
  mig_rtype *types;
  mig_rsym *funcs, *literals;
  mig_rspecial *specials;
  mig_robject *objects;
  mig_rthread *threads;
  mig_rmutex *mutexes;  /* sorted by address */
  mig_arena_block *arena; /* owns everything above */
} mig_ckpt;

/* Parse buf[0..len). verify_checksum = 0 only for fuzzing the structure
 * checks. Returns 0, or -1 with a one-line message in err (and nothing to
 * free). On success the
 * result points into buf, which must outlive it. */
int mig_ckpt_parse(const unsigned char *buf, size_t len, int verify_checksum,
                   mig_ckpt *out, char *err, size_t errlen);
void mig_ckpt_free(mig_ckpt *c);

/* For a streamed restore (ckstream.c): parse buf[0..len), the header and the
 * sections before DATA followed by DATA's own 16-byte section header, of a
 * file of file_size bytes (the header's claim). Object offsets are checked
 * against the DATA section, whose place is returned; objects' data stay
 * NULL. Nothing is verified against the checksum: the caller does that
 * before any of it is used. 0, or -1 with err. */
int mig_ckpt_parse_meta(const unsigned char *buf, size_t len, uint64_t file_size,
                        mig_ckpt *out, uint64_t *data_off, uint64_t *data_len, char *err,
                        size_t errlen);

/* The fixed header of a file of file_len bytes, given its first hlen bytes:
 * magic, version, header size, file size. 0, or -1 with err. */
int mig_ckpt_check_header(const unsigned char *buf, size_t hlen, uint64_t file_len,
                          char *err, size_t errlen);
/* The MAC section under key: 0 when present and right, else -1 with err.
 * Looks at nothing else of the file. */
int mig_ckpt_verify_mac(const unsigned char *buf, size_t len, const void *key, size_t keylen,
                        char *err, size_t errlen);

/* Read a whole file (header checked first) into a malloc'ed buffer. Returns 0 or -1 with err. */
int mig_read_file(const char *path, unsigned char **buf, size_t *len, char *err,
                  size_t errlen);

const char *mig_object_kind_name(unsigned kind);

#endif
