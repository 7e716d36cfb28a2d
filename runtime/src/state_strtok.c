/*===- state_strtok.c - strtok's saved position -------------------------===*
 * strtok(NULL, delim) goes on where the previous call stopped: a position
 * inside the user's string, kept by the C library where a checkpoint
 * cannot see it. mig-pp rewrites strtok calls (LibcCalls.cpp) to
 * __mig_strtok, whose position is a data pointer in a registered runtime
 * global ("<runtime>:strtok_state"): checked by the writer like any
 * pointer and re-based into the restored string, on either architecture.
 * The tokens are exactly C's strtok (and glibc's) for every input.
 *===----------------------------------------------------------------------===*/
#include "registry.h"
#include <stddef.h>
#include <string.h>

typedef struct strtok_state {
  char *next; /* where the next strtok(NULL, ...) starts, or NULL */
} strtok_state;

static strtok_state ts;

static const __mig_field strtok_fields[] = {
    {"next", &__mig_type_ptr, offsetof(strtok_state, next), 1, 0, 0}};
static const __mig_type strtok_type = {"struct __mig_strtok_state", MIG_K_STRUCT, MIG_TF_HAS_PTR,
                                       sizeof(strtok_state), _Alignof(strtok_state), 1,
                                       strtok_fields, 0};
static const __mig_global strtok_globals[] = {{"<runtime>:strtok_state", &ts, &strtok_type, 1, 0}};
static const __mig_type *const strtok_types[] = {&strtok_type};
static const __mig_unit strtok_unit = {MIG_ABI_VERSION, "<runtime-strtok>", strtok_globals, 1,
                                       NULL, 0, NULL, 0, NULL, 0, strtok_types, 1, NULL};

__attribute__((constructor)) static void register_strtok_unit(void) {
  __mig_register_unit(&strtok_unit);
}

char *__mig_strtok(char *s, const char *delim) {
  if (!s) s = ts.next;
  if (!s) return NULL;
  s += strspn(s, delim);
  if (!*s) {
    ts.next = NULL;
    return NULL;
  }
  char *end = s + strcspn(s, delim);
  if (*end) {
    *end = '\0';
    ts.next = end + 1;
  } else {
    ts.next = NULL; /* the last token: the next call returns NULL */
  }
  return s;
}
