//===- ExprLinearizer.h - Hoist M-calls out of expressions ----------------===//
//
// A resume site must be a statement the entry dispatch can jump to, so every
// call that may reach a poll point (an M-call) is hoisted out of its
// expression into a statement before it, its value kept in a temporary
// (docs/design.md, "Calls inside expressions"; the rules are in
// ExprLinearizer.cpp). The linearizer owns the function's temporaries: the
// frame parts that need one (VLA bounds, setjmp buffers) ask it for one, and
// frame emission saves them all in the register frame.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_EXPRLINEARIZER_H
#define MIGPP_EXPRLINEARIZER_H

#include "FunctionState.h"
#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <functional>
#include <string>
#include <vector>

namespace migpp {

class ExprLinearizer {
public:
  struct Temp {
    std::string Name; ///< __mig_t<n>
    clang::QualType Type;
    /// A temporary of an expression holds a value from its assignment to
    /// its use later in the same statement: it can be live only at the
    /// sites numbered FirstSite+1..LastSite (made while that statement was
    /// rewritten, after the temporary). Other temporaries (VLA bounds,
    /// setjmp buffers) are live at every site.
    bool StatementLocal = false;
    bool Closed = false;
    unsigned FirstSite = 0;
    unsigned LastSite = 0;
  };

  ExprLinearizer(SourceHelper &SH, const MigratableAnalysis &MA, FunctionState &St)
      : SH(SH), MA(MA), St(St) {}

  /// A statement expression's statements are rewritten like any others: by
  /// the statement rewriter, which registers itself here.
  void setStatementRewriter(std::function<void(clang::Stmt *)> F) { TransformStmt = std::move(F); }

  /// The statements to run before E (its M-calls hoisted with their resume
  /// labels); E's rendered text becomes the residual expression.
  std::string linearize(clang::Expr *E, bool ValueUsed);
  /// S (not in an unevaluated operand) calls an M-function.
  bool containsMCall(const clang::Stmt *S);

  /// A new saved temporary of type T.
  std::string newTemp(clang::QualType T) {
    Temps.push_back({"__mig_t" + std::to_string(Temps.size() + 1), T});
    return Temps.back().Name;
  }
  const std::vector<Temp> &temps() const { return Temps; }
  /// The statement whose rewriting made temporaries From.. is done: their
  /// live range ends at the last site made so far.
  void closeStatementTemps(size_t From) {
    for (size_t I = From; I < Temps.size(); ++I)
      if (Temps[I].StatementLocal && !Temps[I].Closed) {
        Temps[I].LastSite = St.Sites.size();
        Temps[I].Closed = true;
      }
  }
  /// Whether temporary I may hold a needed value at site K (from 1).
  bool tempLiveAt(size_t I, unsigned K) const {
    const Temp &T = Temps[I];
    return !T.StatementLocal || !T.Closed || (K > T.FirstSite && K <= T.LastSite);
  }

private:
  /// A temporary used only within the statement being rewritten.
  std::string newStatementTemp(clang::QualType T) {
    newTemp(T);
    Temps.back().StatementLocal = true;
    Temps.back().FirstSite = St.Sites.size();
    return Temps.back().Name;
  }
  std::string hoistCall(clang::CallExpr *CE, bool ValueUsed);
  std::string materialize(clang::Expr *E);
  bool canMaterialize(const clang::Expr *E) const;
  bool canMaterializeLoad(const clang::Expr *E) const;
  std::vector<clang::Expr *> evaluatedChildren(clang::Expr *E);
  std::string linearizeElvis(clang::BinaryConditionalOperator *BCO, bool ValueUsed);
  std::string linearizeStmtExpr(clang::StmtExpr *SE, bool ValueUsed);
  std::string assign(const std::string &Dst, clang::QualType T, const std::string &Value) const;

  SourceHelper &SH;
  const MigratableAnalysis &MA;
  FunctionState &St;
  std::function<void(clang::Stmt *)> TransformStmt;
  std::vector<Temp> Temps;
  llvm::DenseSet<const clang::Expr *> Hoisted; ///< calls replaced by temps
  llvm::DenseMap<const clang::Stmt *, bool> MCallCache;
};

} // namespace migpp

#endif
