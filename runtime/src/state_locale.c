/*===- state_locale.c - The locale set by setlocale ---------------------===*
 * A program that called setlocale() formats numbers, classifies and
 * converts characters by that locale: the restored process must use the
 * same one. The writer reads the name of each category's locale
 * (setlocale(cat, NULL)) into a registered runtime global
 * ("<runtime>:locale_state"); the restore applies each name that is not
 * "C" once every object is in place. A locale missing on the receiver is
 * an error naming it and its category: going on in the "C" locale would
 * silently print other text.
 *
 * Categories are saved by name in a fixed order (not by their LC_*
 * numbers). Only the standard ones: a program changing LC_PAPER & co.
 * (glibc extensions) gets them back only through LC_ALL-wide names.
 *===----------------------------------------------------------------------===*/
#include "state_locale.h"
#include "runtime_globals.h"
#include <locale.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

enum { NCAT = 6, NAME_MAX_LEN = 128 };
static const int categories[NCAT] = {LC_CTYPE,    LC_NUMERIC,  LC_TIME,
                                     LC_COLLATE,  LC_MONETARY, LC_MESSAGES};
static const char *const category_names[NCAT] = {"LC_CTYPE",   "LC_NUMERIC",  "LC_TIME",
                                                 "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"};

typedef struct locale_state {
  char name[NCAT][NAME_MAX_LEN]; /* each category's locale, "" if unknown */
} locale_state;

static locale_state ls;

MIG_RUNTIME_GLOBAL(locale_state, locale_state, ls, 0,
                   MIG_RUNTIME_FIELD(locale_state, name, __mig_type_uchar, NCAT * NAME_MAX_LEN))

void mig_st_locale_collect(writer *w) {
  (void)w;
  for (int i = 0; i < NCAT; i++) {
    const char *n = setlocale(categories[i], NULL);
    ls.name[i][0] = '\0';
    if (n && strlen(n) < NAME_MAX_LEN) strcpy(ls.name[i], n);
  }
}

void mig_st_locale_finish(rctx *x) {
  (void)x;
  for (int i = 0; i < NCAT; i++) {
    const char *n = ls.name[i];
    if (!memchr(n, '\0', NAME_MAX_LEN))
      mig_r_fail("global <runtime>:locale_state: the %s name is not terminated",
                 category_names[i]);
    if (!n[0] || strcmp(n, "C") == 0) continue;
    const char *cur = setlocale(categories[i], NULL);
    if (cur && strcmp(cur, n) == 0) continue;
    if (!setlocale(categories[i], n))
      mig_r_fail("the locale %s (%s) the program had set is not available here", n,
                 category_names[i]);
  }
}
