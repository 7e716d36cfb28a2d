/*===- format.h - The migcc checkpoint file format ------------------------===*
 *
 * THE single place where the on-disk format is specified and versioned.
 * docs/checkpoint-format.md explains it in prose; this header is normative.
 * Bump MIG_FORMAT_VERSION on any change a reader of the old version would
 * misread.
 *
 * Encoding rules
 *   - All metadata integers are little-endian, whatever the sender's byte
 *     order (u8/u16/u32/u64 below). Strings are a u32 byte length followed
 *     by the bytes, no terminator, no padding.
 *   - Object data (the DATA section) is the sender's memory, copied verbatim
 *     in the sender's native layout and byte order: the receiver converts
 *     (receiver makes right) using the ARCH and TYPES sections.
 *   - Pointers inside object data are the sender's raw addresses. The
 *     receiver resolves them through the OBJECTS, LITERALS, FUNCS and
 *     SPECIALS tables.
 *
 * File layout
 *   header   (MIG_HEADER_SIZE bytes, struct layout documented below)
 *   sections, each: u32 tag, u32 flags (0), u64 payload length, payload,
 *            then zero padding to a multiple of 8 bytes
 *   the last section is MIG_SEC_END whose payload is the u64 checksum
 *   (mig_hash64, see checksum.c) of every byte of the file before the
 *   checksum itself (the END section's tag and length included).
 *
 * Header (all little-endian)
 *   0  u8  magic[8]      MIG_MAGIC
 *   8  u32 version       MIG_FORMAT_VERSION
 *   12 u32 header_size   MIG_HEADER_SIZE
 *   16 u64 fingerprint   program fingerprint (portable parts, see fingerprint.c)
 *   24 u64 file_size     total bytes of the file, trailer included
 *
 * Sections, in this order (a reader rejects unknown tags, duplicates and a
 * missing one):
 *   ARCH     u8 byte_order (MIG_BO_*), u8 char_signed, u8 ldouble_format
 *            (MIG_LD_*), u8 nkinds (= MIG_ARCH_NKINDS), then for each kind
 *            k = 0 .. nkinds-1: u8 size, u8 align  (0 for non-scalar
 *            kinds); then string machine ("x86_64", "aarch64").
 *   PROGRAM  string program name (argv[0] basename), u64 polls so far,
 *            u64 checkpoint counter, u32 runtime ABI version.
 *   TYPES    u32 n; n times: string name, u32 kind, u32 flags, u64 size,
 *            u64 align, u32 nfields; nfields times: string name, u32 type
 *            index (< n), u64 offset, u64 count, u16 bit_width,
 *            u16 reserved, u32 bit_offset (bitfields: position of the
 *            field's least significant bit counted from bit 0 of byte 0,
 *            i.e. byte*8 + bit in byte; 0 otherwise).
 *   FUNCS    u32 n; n times: string name, u64 sender address.
 *   LITERALS u32 n; n times: string name, u64 sender address, u64 size.
 *   SPECIALS u32 n; n times: u32 id (MIG_SPECIAL_*), u64 sender address.
 *   OBJECTS  u32 n; n times: u8 kind (MIG_OBJ_*), u8 reserved[3], u32 type
 *            index, string name, u64 sender address, u64 count (elements
 *            of the type), u64 nbytes (bytes in DATA: count*size + tail),
 *            u64 data offset (from the start of the file).
 *   THREADS  u32 n; n threads, the main thread first, then in creation
 *            order. Each: u64 id (the pthread_t value the program sees:
 *            1 for the main thread, 2, 3, ... in creation order), u8 state
 *            (MIG_THR_*), u8 flags (MIG_THRF_*), u16 reserved, string start
 *            routine (function name as in FUNCS; "" for the main thread),
 *            u64 argument (sender data pointer), u64 return value (sender
 *            data pointer; FINISHED threads), u64 stack size (0: default),
 *            u32 nheld; nheld times u64 sender address of a mutex the
 *            thread holds at its stop point (a recursive mutex once per
 *            lock level, in locking order); i32 first TLS object (-1:
 *            none), u32 number of TLS objects (consecutive MIG_OBJ_TLS in
 *            OBJECTS); u32 nframes; nframes times, outermost frame first:
 *            string function name, u32 site, i32 register frame object
 *            (-1: none), i32 shadow frame object (-1: none), i32 first
 *            alloca object (-1: none), u32 number of alloca objects
 *            (consecutive in OBJECTS). Only RUNNING threads have frames,
 *            TLS objects and held mutexes.
 *            Then the mutex table: u32 m; m times: u64 sender address of a
 *            pthread_mutex_t inside a saved object (every MIG_K_MUTEX
 *            element), u32 type (MIG_MUTEX_*).
 *   DATA     the objects' bytes, each starting at a multiple of 16 from the
 *            start of the file.
 *   MAC      optional (written when MIG_KEY or MIG_KEY_FILE is set):
 *            HMAC-SHA-256 (MIG_MAC_SIZE bytes) under that key of every byte
 *            of the file before the MAC itself (this section's tag and
 *            length included). It is always the 48 bytes before END, so a
 *            reader with a key verifies it before parsing anything else.
 *   END      u64 checksum.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_FORMAT_H
#define MIG_FORMAT_H

#define MIG_MAGIC "\x89MIGCKPT"
#define MIG_MAGIC_SIZE 8
#define MIG_FORMAT_VERSION 4u /* 3: the MAC section, type kind MIG_K_JMPBUF; 4: MIG_K_PTRINT */
#define MIG_HEADER_SIZE 32u
#define MIG_DATA_ALIGN 16u

/* Exit statuses of the runtime. */
#define MIG_EXIT_STOPPED 85 /* checkpoint written, program stopped       */
#define MIG_EXIT_ERROR 2    /* bad checkpoint, unusable environment      */
#define MIG_EXIT_NOCKPT 86  /* a stop was asked for (SIGTERM, MIG_STOP_AT)
                               but no checkpoint could be written: the
                               program stopped, start it over             */

enum mig_section {
  MIG_SEC_ARCH = 1,
  MIG_SEC_PROGRAM = 2,
  MIG_SEC_TYPES = 3,
  MIG_SEC_FUNCS = 4,
  MIG_SEC_LITERALS = 5,
  MIG_SEC_SPECIALS = 6,
  MIG_SEC_OBJECTS = 7,
  MIG_SEC_THREADS = 8,
  MIG_SEC_DATA = 9,
  MIG_SEC_END = 10,
  MIG_SEC_MAC = 11 /* optional, between DATA and END (see above)        */
};

/* MAC section payload: HMAC-SHA-256, 32 bytes. */
#define MIG_MAC_SIZE 32u

enum mig_byte_order { MIG_BO_LITTLE = 1, MIG_BO_BIG = 2 };

enum mig_ldouble_format {
  MIG_LD_BINARY64 = 1,  /* long double == double                          */
  MIG_LD_X87 = 2,       /* x87 80-bit extended, in 12 or 16 bytes storage  */
  MIG_LD_BINARY128 = 3, /* IEEE 754 binary128                              */
  MIG_LD_DOUBLEDOUBLE = 4
};

/* ARCH records size/align for kinds 0..MIG_ARCH_NKINDS-1 (enum __mig_kind;
 * entries of non-scalar kinds are 0). */
#define MIG_ARCH_NKINDS 28
#define MIG_OBJ_LAST 10 /* highest enum mig_object_kind */

enum mig_object_kind {
  MIG_OBJ_GLOBAL = 1,      /* name = global's registered name             */
  MIG_OBJ_HEAP = 2,        /* block from __mig_malloc & co                 */
  MIG_OBJ_SHADOW = 3,      /* shadow frame; name = function                */
  MIG_OBJ_REGFRAME = 4,    /* register frame; name = function              */
  MIG_OBJ_ARGV = 5,        /* argv pointer array (argc + 1 entries)        */
  MIG_OBJ_ENVP = 6,        /* envp pointer array (with its NULL)           */
  MIG_OBJ_STRING = 7,      /* an argv/envp string (bytes, NUL included)     */
  MIG_OBJ_ALLOCA = 8,      /* __mig_shadow_alloca (bytes) or __mig_shadow_vla
                              (typed) block; name = function             */
  MIG_OBJ_RODATA = 9,      /* read-only global (MIG_GF_READONLY): only an
                              address range for pointers into it; nbytes is
                              its size, no bytes in DATA, offset 0          */
  MIG_OBJ_TLS = 10         /* one thread's instance of a _Thread_local
                              global (MIG_GF_THREAD); name = the global's;
                              the thread's THREADS entry lists it           */
};

/* THREADS: state of a thread (u8). */
enum mig_thread_state {
  MIG_THR_RUNNING = 1,  /* stopped at a safe point: frames, TLS, held mutexes */
  MIG_THR_FINISHED = 2, /* returned (or pthread_exit), not joined yet: only
                           its return value is kept                          */
  MIG_THR_JOINED = 3    /* joined, or finished while detached: its id stays
                           taken so later ids do not change                  */
};
/* THREADS: thread flags (u8). */
#define MIG_THRF_DETACHED 0x1u

/* THREADS: mutex table, type of a mutex (u32): POSIX's, not a C library's
 * numbering. */
enum mig_mutex_type { MIG_MUTEX_NORMAL = 0, MIG_MUTEX_RECURSIVE = 1,
                      MIG_MUTEX_ERRORCHECK = 2, MIG_MUTEX_ADAPTIVE = 3 };

enum mig_special { MIG_SPECIAL_STDIN = 1, MIG_SPECIAL_STDOUT = 2,
                   MIG_SPECIAL_STDERR = 3 };

#endif /* MIG_FORMAT_H */
