//===- MainRename.h - main renamed __mig_main -----------------------------===//
//
// The runtime owns the real main (it restores or starts the program): the
// user's main becomes __mig_main, called from __mig_user_main, which the
// registration defines.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_MAINRENAME_H
#define MIGPP_MAINRENAME_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

namespace migpp {

/// Renames main and the references to it; returns main, or null.
const clang::FunctionDecl *renameMain(const MigratableAnalysis &MA, SourceHelper &SH);

} // namespace migpp

#endif
