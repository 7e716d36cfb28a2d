//===- NoreturnFunctions.h - noreturn functions that unwind ---------------===//
//
// A transformed function returns when it unwinds for a checkpoint, also one
// declared `_Noreturn` or `__attribute__((noreturn))` (Lua's l_noret error
// functions). The compiler deletes the code after a call to a noreturn
// function, the caller's after-call test included, so an unwind would return
// into nothing (and clang warns -Winvalid-noreturn on the unwind block).
// mig-pp therefore drops `noreturn` from the user's declarations of the
// functions that may be transformed (defined here and transformed, or
// defined in another unit outside system headers) -- `__attribute__((
// noreturn))` becomes `__attribute__((__cold__))`, `_Noreturn` disappears --
// and puts `__builtin_unreachable();` after the after-call test of each call
// to one, so the caller still knows the call does not return normally (no
// -Wreturn-type or -Wmaybe-uninitialized the source does not have).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_NORETURNFUNCTIONS_H
#define MIGPP_NORETURNFUNCTIONS_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "clang/AST/Decl.h"

namespace migpp {

/// FD is declared noreturn and its noreturn is dropped (see above).
bool dropsNoreturn(const clang::FunctionDecl *FD, const MigratableAnalysis &MA);

/// Edits the user's declarations of those functions.
void dropNoreturnAttributes(const MigratableAnalysis &MA, SourceHelper &SH);

} // namespace migpp

#endif
