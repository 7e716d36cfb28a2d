/*===- state_strtok.c - strtok's saved position -------------------------===*
 * strtok(NULL, delim) goes on where the previous call stopped: a position
 * inside the user's string, kept by the C library where a checkpoint
 * cannot see it. mig-pp rewrites strtok calls (LibcCalls.cpp) to
 * __mig_strtok, whose position is a data pointer in a registered runtime
 * global ("<runtime>:strtok_state"): checked by the writer like any
 * pointer and re-based into the restored string, on either architecture.
 * The tokens are exactly C's strtok (and glibc's) for every input.
 *===----------------------------------------------------------------------===*/
#include "runtime_globals.h"
#include <stddef.h>
#include <string.h>

typedef struct strtok_state {
  char *next; /* where the next strtok(NULL, ...) starts, or NULL */
} strtok_state;

static strtok_state ts;

MIG_RUNTIME_GLOBAL(strtok_state, strtok_state, ts, MIG_TF_HAS_PTR,
                   MIG_RUNTIME_FIELD(strtok_state, next, __mig_type_ptr, 1))

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
