//===- LibcCalls.cpp - libc calls whose state the runtime keeps -----------===//
#include "LibcCalls.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace migpp {

namespace {

const char *const Replaced[] = {"rand",      "srand",    "random",  "srandom", "drand48",
                                "lrand48",   "mrand48",  "srand48", "seed48",  "lcong48",
                                "initstate", "setstate", "strtok",  "atexit",  "on_exit"};

/// A C library function (declared in a system header, not defined by the
/// user) the runtime replaces, or null.
const char *replacedName(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD || !FD->getIdentifier() || FD->hasBody() ||
      !SM.isInSystemHeader(FD->getCanonicalDecl()->getLocation()))
    return nullptr;
  for (const char *N : Replaced)
    if (FD->getName() == N)
      return N;
  return nullptr;
}

struct RefFinder : RecursiveASTVisitor<RefFinder> {
  std::vector<DeclRefExpr *> Refs;
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (isa<FunctionDecl>(DRE->getDecl()))
      Refs.push_back(DRE);
    return true;
  }
};

} // namespace

void rewriteLibcCalls(const MigratableAnalysis &MA, SourceHelper &SH) {
  const SourceManager &SM = SH.Ctx.getSourceManager();
  for (FunctionDecl *FD : MA.userFunctions()) {
    RefFinder RF;
    RF.TraverseStmt(FD->getBody());
    for (DeclRefExpr *DRE : RF.Refs) {
      const char *N = replacedName(cast<FunctionDecl>(DRE->getDecl()), SM);
      if (!N || DRE->getLocation().isMacroID())
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), std::string("__mig_") + N);
    }
  }
}

} // namespace migpp
