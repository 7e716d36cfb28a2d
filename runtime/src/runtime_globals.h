/*===- runtime_globals.h - State the runtime keeps in a registered global --===*
 * Some state lives inside the runtime rather than in the program: libc's
 * random generators (state_libc.c), the working directory (state_cwd.c),
 * the program's signal actions (user_signals.c). Registering it like a
 * program global makes it travel in every checkpoint and convert between
 * ABIs like any struct, with no format change. One macro does the
 * registration, so each such file declares only its struct and fields:
 *
 *   typedef struct cwd_state { char dir[4096]; uint32_t umask; } cwd_state;
 *   static cwd_state cs;
 *   MIG_RUNTIME_GLOBAL(cwd_state, cwd_state, cs, 0,
 *                      MIG_RUNTIME_FIELD(cwd_state, dir, __mig_type_uchar, 4096),
 *                      MIG_RUNTIME_FIELD(cwd_state, umask, __mig_type_uint, 1))
 *
 * registers `cs` as the global "<runtime>:cwd_state" of type
 * "struct __mig_cwd_state" (the struct's typedef name after "__mig_"). The
 * object may be an array of the struct (its element count is taken from
 * sizeof). Type flags: MIG_TF_HAS_PTR when a field is a pointer (e.g.
 * __mig_type_fnptr), else 0. Fields are scalar descriptors (__mig_type_*)
 * with an element count; the names are part of the program fingerprint, so
 * renaming a global, its struct or a field makes older checkpoints refused.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_RUNTIME_GLOBALS_H
#define MIG_RUNTIME_GLOBALS_H
#include "registry.h"
#include <stddef.h>

/* One field of the struct S: member `m`, `n` elements of scalar type `t`. */
#define MIG_RUNTIME_FIELD(S, m, t, n) {#m, &(t), offsetof(S, m), (n), 0, 0}

/* Registers `object` (of type S or S[N]) as the runtime global
 * "<runtime>:NAME"; the variadic arguments are its MIG_RUNTIME_FIELDs. */
#define MIG_RUNTIME_GLOBAL(NAME, S, object, type_flags, ...)                                       \
  static const __mig_field NAME##_rt_fields[] = {__VA_ARGS__};                                     \
  static const __mig_type NAME##_rt_type = {                                                       \
      "struct __mig_" #S, MIG_K_STRUCT, (type_flags), sizeof(S), _Alignof(S),                      \
      sizeof NAME##_rt_fields / sizeof NAME##_rt_fields[0], NAME##_rt_fields, 0};                  \
  static const __mig_global NAME##_rt_global[] = {                                                 \
      {"<runtime>:" #NAME, &(object), &NAME##_rt_type, sizeof(object) / sizeof(S), 0}};            \
  static const __mig_type *const NAME##_rt_types[] = {&NAME##_rt_type};                            \
  static const __mig_unit NAME##_rt_unit = {MIG_ABI_VERSION, "<runtime>:" #NAME, NAME##_rt_global, \
                                            1,   NULL, 0, NULL, 0, NULL, 0, NAME##_rt_types, 1,    \
                                            NULL};                                                 \
  __attribute__((constructor)) static void NAME##_rt_register(void) {                              \
    __mig_register_unit(&NAME##_rt_unit);                                                          \
  }

#endif
