//===- LocalsAtSites.h - The locals visible at a function's sites ---------===//
//
// The first step of the frame layout: walking the body in source order with
// the locals in scope, every savable local visible at a site (an M-call, a
// polled loop's head, the entry poll) is collected; a va_list only while it
// is still needed there (see LocalsAtSites.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_LOCALSATSITES_H
#define MIGPP_LOCALSATSITES_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseSet.h"

namespace migpp {

/// A local of the function's own frame: not static, not extern.
bool isSavableLocal(const clang::VarDecl *VD);

/// The savable locals (parameters included) visible at some site of FD.
llvm::DenseSet<const clang::VarDecl *>
localsAtSites(const SourceHelper &SH, const MigratableAnalysis &MA, clang::FunctionDecl *FD);

} // namespace migpp

#endif
