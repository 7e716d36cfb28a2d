//===- StmtRewriter.h - Rewrite a function's statements -------------------===//
//
// Statement rewriting for a transformed function, post-order (children
// first, so a statement is rebuilt from the rendered text of already
// rewritten children): saved declarations become assignments to the hoisted
// variables, statements whose expressions hold M-calls get their linearized
// prelude, polled loops a poll point at the head of their body, loops whose
// condition or increment holds an M-call become `for (;;)` loops, and returns
// pop the shadow frame.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_STMTREWRITER_H
#define MIGPP_STMTREWRITER_H

#include "ExprLinearizer.h"
#include "FrameLayout.h"
#include "FunctionState.h"
#include "MigratableAnalysis.h"
#include "SourceHelper.h"
#include "VariablyModified.h"

#include "clang/AST/Stmt.h"

#include <string>

namespace migpp {

class StmtRewriter {
public:
  StmtRewriter(SourceHelper &SH, const MigratableAnalysis &MA, FunctionState &St,
               const FrameLayout &Layout, ExprLinearizer &Lin, VariablyModifiedLocals &Vla);

  /// A new site with a poll point: `__MIG_POLL(k) `.
  std::string pollText(clang::SourceLocation L, const clang::Stmt *Anchor);
  /// Rewrites the body; false after an error.
  bool run(clang::Stmt *Body);

private:
  void transformStmt(clang::Stmt *S);
  void transformStmtKind(clang::Stmt *S);
  void wrapWithPrelude(clang::Stmt *S, const std::string &Pre);
  void transformDeclStmt(clang::DeclStmt *DS, bool InForInit);
  std::string savedInitText(const SavedVar &V, const clang::Expr *Init);
  std::string variablyModifiedDeclText(const SavedVar &V, std::string &Pre);
  void transformReturn(clang::ReturnStmt *RS);
  void transformWhile(clang::WhileStmt *WS);
  void transformDo(clang::DoStmt *DS);
  void transformFor(clang::ForStmt *FS);
  void redirectContinues(clang::Stmt *Body, const std::string &Label);
  void pollAtBodyStart(clang::Stmt *Body, const clang::Stmt *Anchor);
  std::string linearize(clang::Expr *E, bool ValueUsed) { return Lin.linearize(E, ValueUsed); }
  bool containsMCall(const clang::Stmt *S) { return Lin.containsMCall(S); }

  SourceHelper &SH;
  const MigratableAnalysis &MA;
  FunctionState &St;
  const FrameLayout &Layout;
  ExprLinearizer &Lin;
  VariablyModifiedLocals &Vla;
  unsigned NextContinueLabel = 0;
  bool Failed = false;
  std::string PendingForInit; ///< prelude of a for-init declaration
};

} // namespace migpp

#endif
