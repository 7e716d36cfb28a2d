/*===- union_tags.c - The program's own tags of its unions ----------------===*
 * MIG_UNION_TAG puts its declarations in the section mig_union_tags; the
 * linker defines __start_/__stop_ symbols around it (weak: a program
 * without declarations has no such section). Only the executable's own
 * declarations are seen, not a shared library's.
 *===----------------------------------------------------------------------===*/
#include "union_tags.h"
#include <mig.h>
#include <stddef.h>
#include <string.h>

extern const mig_union_tag __start_mig_union_tags[] __attribute__((weak, visibility("hidden")));
extern const mig_union_tag __stop_mig_union_tags[] __attribute__((weak, visibility("hidden")));

static int names_union(const mig_union_tag *t, const char *owner, const char *union_field) {
  return strcmp(t->owner, owner) == 0 && strcmp(t->union_field, union_field) == 0;
}

const char *mig_union_tag_field(const char *owner, const char *union_field) {
  if (!__start_mig_union_tags || !owner || !union_field) return NULL;
  for (const mig_union_tag *t = __start_mig_union_tags; t < __stop_mig_union_tags; t++)
    if (names_union(t, owner, union_field)) return t->tag_field;
  return NULL;
}

const char *mig_union_tag_member(const char *owner, const char *union_field, long long value) {
  if (!__start_mig_union_tags || !owner || !union_field) return NULL;
  for (const mig_union_tag *t = __start_mig_union_tags; t < __stop_mig_union_tags; t++)
    if (names_union(t, owner, union_field) && t->value == value) return t->member;
  return NULL;
}
