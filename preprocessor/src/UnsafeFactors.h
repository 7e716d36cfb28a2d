//===- UnsafeFactors.h - -Wmig-unsafe -------------------------------------===//
//
// MigThread's "unsafe factors": constructs whose state the runtime may not be
// able to move correctly. Under -Wmig-unsafe each gets a warning at the
// user's file and line; the runtime still refuses, at checkpoint time and
// with the variable named, any checkpoint that would actually be wrong.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_UNSAFEFACTORS_H
#define MIGPP_UNSAFEFACTORS_H

#include "MigratableAnalysis.h"

namespace migpp {

/// Reports every unsafe factor of the unit as a warning.
void reportUnsafeFactors(clang::ASTContext &Ctx, const MigratableAnalysis &MA);

} // namespace migpp

#endif
