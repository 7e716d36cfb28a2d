//===- MainRename.cpp -----------------------------------------------------===//
//
// See MainRename.h.
//
//===----------------------------------------------------------------------===//
#include "MainRename.h"
#include "CallsAndRefs.h"

using namespace clang;

namespace migpp {

const FunctionDecl *renameMain(const MigratableAnalysis &MA, SourceHelper &SH) {
  SourceEdits &Edits = SH.Edits;
  const FunctionDecl *Main = nullptr;
  for (FunctionDecl *FD : MA.userFunctions())
    if (FD->isMain())
      Main = FD;
  if (!Main)
    return nullptr;
  unsigned B = SH.offset(Main->getLocation());
  Edits.replace(B, SH.tokenEnd(Main->getLocation()), "__mig_main");
  for (FunctionDecl *FD : MA.userFunctions()) {
    CallsAndRefs AF(FD->getBody());
    for (DeclRefExpr *DRE : AF.Refs)
      if (auto *F = dyn_cast<FunctionDecl>(DRE->getDecl()); F && F->isMain()) {
        unsigned O = SH.offset(DRE->getLocation());
        Edits.replace(O, SH.tokenEnd(DRE->getLocation()), "__mig_main");
      }
  }
  // C99 5.1.2.2.3: reaching main's closing brace returns 0; __mig_main
  // is an ordinary function. (Transformed functions get their own tail.)
  if (!MA.isTransformed(Main) && !Main->getReturnType()->isVoidType())
    Edits.close(SH.offset(cast<CompoundStmt>(Main->getBody())->getRBracLoc()), " return 0; ");
  return Main;
}

} // namespace migpp
