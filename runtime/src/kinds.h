/*===- kinds.h - The kinds of state a checkpoint holds (kinds.c) ----------===*
 * One file per kind (state_*.c) holds both directions: collect/check on
 * the writer side, place/convert on the restore side. writer.c and
 * restore.c run the hooks of every kind in table order; a NULL hook is
 * skipped. Adding a kind: its state_NAME.{c,h}, one line in kinds.c, one
 * line in runtime/LAYERS (docs/design.md, "Kinds of state").
 *===----------------------------------------------------------------------===*/
#ifndef MIG_KINDS_H
#define MIG_KINDS_H
#include "rctx.h"
#include "wctx.h"

typedef struct mig_kind {
  const char *name;
  void (*collect)(writer *w);        /* writer: add this kind's objects        */
  void (*check)(writer *w);          /* writer: judge them (all collected)      */
  void (*put)(writer *w, mig_buf *b); /* writer: its section, after OBJECTS    */
  void (*start)(rctx *x);            /* restore: before objects are placed     */
  void (*place)(rctx *x);            /* restore: after the objects are placed  */
  void (*finish)(rctx *x);           /* restore: after every object converted  */
} mig_kind;

extern const mig_kind mig_kinds[];
extern const unsigned mig_nkinds;

#endif
