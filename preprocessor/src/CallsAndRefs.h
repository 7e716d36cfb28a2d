//===- CallsAndRefs.h - The calls and references in a statement -----------===//
//
// One traversal that collects every call and every DeclRefExpr under a
// statement, in source order, and which references are the direct callees of
// those calls. Shared by the unit-wide rewrites (allocations, callbacks,
// static locals, main).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_CALLSANDREFS_H
#define MIGPP_CALLSANDREFS_H

#include "clang/AST/RecursiveASTVisitor.h"

#include <set>
#include <vector>

namespace migpp {

class CallsAndRefs : public clang::RecursiveASTVisitor<CallsAndRefs> {
public:
  explicit CallsAndRefs(clang::Stmt *S) { TraverseStmt(S); }

  std::vector<clang::CallExpr *> Calls;
  std::vector<clang::DeclRefExpr *> Refs;
  std::set<const clang::DeclRefExpr *> Callees;

  bool VisitCallExpr(clang::CallExpr *CE) {
    Calls.push_back(CE);
    if (auto *DRE = llvm::dyn_cast<clang::DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
      Callees.insert(DRE);
    return true;
  }
  bool VisitDeclRefExpr(clang::DeclRefExpr *DRE) {
    Refs.push_back(DRE);
    return true;
  }
};

} // namespace migpp

#endif
