//===- SetjmpSites.h - setjmp calls re-armed by the rewind ---------------===//
//
// A jmp_buf holds the stack it was armed on; after a rewind (or a restore)
// that stack is rebuilt elsewhere. In a transformed function every setjmp
// call (setjmp, _setjmp, sigsetjmp, __sigsetjmp) becomes a *setjmp site*:
// the buffer's address goes into a saved temporary, and the rewind of the
// frame first jumps to each site that ran (its temporary is set and not
// stale) to call setjmp again on the same buffer, then to the resume site.
// A later longjmp then lands in the rebuilt frame, and the site resets the
// shadow stack and the unsafe depth the abandoned frames left
// (runtime/src/state_jmpbuf.c, abi.h "setjmp sites").
//
// Supported where C allows setjmp: the whole controlling expression of an
// if, while or switch (alone, negated, or compared with an integer
// constant), an expression statement, the right side of an assignment
// that is one, or the initializer of a declaration of one variable. Elsewhere (a for or do-while
// condition, inside a statement expression, a buffer expression holding a migratable call) mig-pp
// stops with a diagnostic at the call.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_SETJMPSITES_H
#define MIGPP_SETJMPSITES_H

#include "ExprLinearizer.h"
#include "FunctionState.h"
#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include <optional>

namespace migpp {

struct SetjmpRewrite {
  std::string Decls;    ///< function-scope declarations for the dispatch
  std::string Dispatch; ///< rewind block text after the frame is reloaded
  /// Labels in front of declarations (`__mig_sj_site_k: ;`), opened after
  /// the statements are transformed: a saved variable's declaration is
  /// replaced then, and the replacement would drop an earlier insertion.
  std::vector<std::pair<unsigned, std::string>> LateLabels;
};

/// Rewrites St.FD's setjmp calls (after renameReferences, before the
/// statements are transformed); the buffers' temporaries come from Lin.
/// nullopt after a diagnostic.
std::optional<SetjmpRewrite> rewriteSetjmpSites(SourceHelper &SH, const FunctionState &St,
                                                ExprLinearizer &Lin);

/// Reports each __builtin_setjmp in the unit's functions: its `void *[5]`
/// buffer cannot be recognized as a jump buffer (see SetjmpSites.cpp).
void rejectBuiltinSetjmp(const MigratableAnalysis &MA, SourceHelper &SH);

} // namespace migpp

#endif
