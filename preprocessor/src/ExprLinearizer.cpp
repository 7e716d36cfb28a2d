//===- ExprLinearizer.cpp - Hoist M-calls out of expressions --------------===//
//
// A resume site must be a statement the entry dispatch can jump to, so every
// call that may reach a poll point is hoisted out of its expression into
//
//     __mig_resume_<k>: __mig_t<n> = f(args); __MIG_AFTER_CALL(k);
//
// placed before the statement, and replaced by its temporary. linearize(E)
// returns the statements to run before E and leaves E's rendered text as the
// residual expression. C's sequencing is kept (docs/design.md, "Calls inside
// expressions"):
//  * &&, ||, ?: and the right side of a comma become if-statements, so their
//    later operands still run only when the original would run them;
//  * in other operators an operand evaluated before a hoisted call keeps its
//    left-to-right place by being evaluated into a temporary first, when it
//    has side effects and is a value (lvalues stay where they are: C leaves
//    their order unspecified anyway);
//  * arguments and callees of a hoisted call that have side effects are
//    evaluated into temporaries before its resume label, so resuming runs no
//    side effect twice.
//
//===----------------------------------------------------------------------===//
#include "ExprLinearizer.h"
#include "NoreturnFunctions.h"
#include "TypeText.h"

#include "clang/AST/ExprCXX.h"

#include <fmt/format.h>

using namespace clang;

namespace migpp {

std::string ExprLinearizer::assign(const std::string &Dst, QualType T,
                                   const std::string &Value) const {
  return assignText(SH.Ctx, Dst, T, Value);
}

bool ExprLinearizer::containsMCall(const Stmt *S) {
  if (!S)
    return false;
  auto It = MCallCache.find(S);
  if (It != MCallCache.end())
    return It->second;
  bool R = false;
  if (isUnevaluated(S)) {
    R = false;
  } else if (const Expr *Only = onlyEvaluatedOperand(S)) {
    R = containsMCall(Only);
  } else if (auto *CE = dyn_cast<CallExpr>(S); CE && MA.isMCall(CE)) {
    R = true;
  } else {
    for (const Stmt *C : S->children())
      if (containsMCall(C)) {
        R = true;
        break;
      }
  }
  MCallCache[S] = R;
  return R;
}

bool ExprLinearizer::canMaterialize(const Expr *E) const {
  if (!E->isPRValue())
    return false;
  QualType T = E->getType();
  if (T->isVoidType() || T->isArrayType() || T->isFunctionType() || T->isIncompleteType())
    return false;
  if (Hoisted.count(E->IgnoreParenImpCasts()))
    return false;
  return E->HasSideEffects(SH.Ctx, /*IncludePossibleEffects=*/true);
}

static bool readsThroughPointer(const Expr *E);

bool ExprLinearizer::canMaterializeLoad(const Expr *E) const {
  if (!E->isPRValue() || Hoisted.count(E->IgnoreParenImpCasts()))
    return false;
  QualType T = E->getType();
  if (T->isVoidType() || T->isArrayType() || T->isFunctionType() || T->isIncompleteType() ||
      T->isVariablyModifiedType())
    return false;
  return readsThroughPointer(E);
}

std::string ExprLinearizer::materialize(Expr *E) {
  std::string T = newStatementTemp(E->getType());
  std::string Pre = assign(T, E->getType(), SH.renderExpr(E)) + "; ";
  SH.replaceExpr(E, T);
  Hoisted.insert(E->IgnoreParenImpCasts());
  return Pre;
}

std::vector<Expr *> ExprLinearizer::evaluatedChildren(Expr *E) {
  std::vector<Expr *> Out;
  if (auto *ILE = dyn_cast<InitListExpr>(E)) {
    InitListExpr *Syn =
        ILE->isSemanticForm() && ILE->getSyntacticForm() ? ILE->getSyntacticForm() : ILE;
    for (Expr *I : Syn->inits())
      if (I)
        Out.push_back(I);
    return Out;
  }
  if (auto *G = dyn_cast<GenericSelectionExpr>(E)) {
    Out.push_back(G->getResultExpr());
    return Out;
  }
  if (auto *C = dyn_cast<ChooseExpr>(E)) {
    Out.push_back(C->getChosenSubExpr());
    return Out;
  }
  if (auto *D = dyn_cast<DesignatedInitExpr>(E)) {
    Out.push_back(D->getInit());
    return Out;
  }
  if (isa<OpaqueValueExpr>(E) || isUnevaluated(E))
    return Out;
  for (Stmt *C : E->children())
    if (auto *CE = dyn_cast_or_null<Expr>(C))
      Out.push_back(CE);
  return Out;
}

/// E loads from memory through a pointer (`*p`, `p->f`, `a[i]`). A resumed
/// call evaluates its operands again, after the callee ran in the original
/// run: the memory may be gone by then (a block the callee reallocated:
/// Lua's stack), so such an operand is evaluated once, before the resume
/// label, into a saved temporary.
static bool readsThroughPointer(const Expr *E) {
  if (!E)
    return false;
  if (isa<UnaryExprOrTypeTraitExpr>(E))
    return false; // sizeof/_Alignof: not evaluated
  if (auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf)
      return readsThroughPointer(UO->getSubExpr()->IgnoreParens()) &&
             !isa<MemberExpr>(UO->getSubExpr()->IgnoreParens()) &&
             !isa<ArraySubscriptExpr>(UO->getSubExpr()->IgnoreParens()) &&
             !isa<UnaryOperator>(UO->getSubExpr()->IgnoreParens());
    if (UO->getOpcode() == UO_Deref && !UO->getType()->isFunctionType())
      return true;
  }
  if (auto *ME = dyn_cast<MemberExpr>(E); ME && ME->isArrow())
    return true;
  if (auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    // An element of a named array (a local, a global) is not behind a
    // pointer the callee could free; its index may be.
    auto *DRE = dyn_cast<DeclRefExpr>(AS->getBase()->IgnoreParenImpCasts());
    if (!DRE || !DRE->getType()->isArrayType())
      return true;
    return readsThroughPointer(AS->getIdx());
  }
  for (const Stmt *C : E->children())
    if (auto *CE = dyn_cast_or_null<Expr>(C); CE && readsThroughPointer(CE))
      return true;
  return false;
}

std::string ExprLinearizer::hoistCall(CallExpr *CE, bool ValueUsed) {
  std::string Pre;
  std::vector<Expr *> Pieces;
  Pieces.push_back(CE->getCallee());
  for (Expr *A : CE->arguments())
    Pieces.push_back(A);
  for (Expr *P : Pieces) {
    Pre += linearize(P, true);
    if (canMaterialize(P) || (P != CE->getCallee() && canMaterializeLoad(P)))
      Pre += materialize(P);
  }
  unsigned K = St.newSite(SH, CE->getBeginLoc(), CE);
  if (ValueUsed && !CE->getType()->isVoidType()) {
    std::string T = newStatementTemp(CE->getType());
    Pre += fmt::format("__mig_resume_{0}: {1}; __MIG_AFTER_CALL({0}); ", K,
                       assign(T, CE->getType(), SH.renderExpr(CE)));
    SH.replaceExpr(CE, T);
  } else {
    Pre += fmt::format("__mig_resume_{0}: {1}; __MIG_AFTER_CALL({0}); ", K, SH.renderExpr(CE));
    SH.replaceExpr(CE, "((void)0)");
  }
  // Returns only to unwind, which the after-call test handles.
  if (dropsNoreturn(CE->getDirectCallee(), MA))
    Pre += "__builtin_unreachable(); ";
  Hoisted.insert(CE);
  return Pre;
}

std::string ExprLinearizer::linearize(Expr *E, bool ValueUsed) {
  if (!E || !containsMCall(E))
    return "";
  if (auto *PE = dyn_cast<ParenExpr>(E))
    return linearize(PE->getSubExpr(), ValueUsed);
  if (auto *CE = dyn_cast<CallExpr>(E); CE && MA.isMCall(CE))
    return hoistCall(CE, ValueUsed);
  if (auto *SE = dyn_cast<StmtExpr>(E))
    return linearizeStmtExpr(SE, ValueUsed);
  if (auto *Cast = dyn_cast<CStyleCastExpr>(E); Cast && Cast->getType()->isVoidType())
    return linearize(Cast->getSubExpr(), false);

  if (auto *BO = dyn_cast<BinaryOperator>(E)) {
    Expr *L = BO->getLHS(), *R = BO->getRHS();
    if (BO->isLogicalOp() && containsMCall(R)) {
      std::string Pre = linearize(L, true);
      std::string T = newStatementTemp(SH.Ctx.IntTy);
      Pre += T + " = !!(" + SH.renderExpr(L) + "); ";
      std::string PreR = linearize(R, true);
      Pre += fmt::format("if ({}{}) {{ {}{} = !!({}); }} ", BO->getOpcode() == BO_LAnd ? "" : "!",
                         T, PreR, T, SH.renderExpr(R));
      SH.replaceExpr(E, T);
      return Pre;
    }
    if (BO->getOpcode() == BO_Comma) {
      std::string Pre = linearize(L, false);
      if (!containsMCall(R))
        return Pre;
      Pre += "(void)(" + SH.renderExpr(L) + "); ";
      Pre += linearize(R, ValueUsed);
      SH.replaceExpr(E, "(" + SH.renderExpr(R) + ")");
      return Pre;
    }
  }
  if (auto *CO = dyn_cast<ConditionalOperator>(E)) {
    Expr *C = CO->getCond(), *A = CO->getTrueExpr(), *B = CO->getFalseExpr();
    std::string Pre = linearize(C, true);
    if (!containsMCall(A) && !containsMCall(B))
      return Pre;
    bool HasValue = ValueUsed && !E->getType()->isVoidType();
    std::string T = HasValue ? newStatementTemp(E->getType()) : "";
    auto Branch = [&](Expr *X) {
      std::string P = linearize(X, HasValue);
      std::string V = SH.renderExpr(X);
      return P + (HasValue ? assign(T, E->getType(), V) + "; " : "(void)(" + V + "); ");
    };
    std::string Cond = SH.renderExpr(C);
    std::string BA = Branch(A), BB = Branch(B);
    Pre += "if (" + Cond + ") { " + BA + "} else { " + BB + "} ";
    SH.replaceExpr(E, HasValue ? T : "((void)0)");
    return Pre;
  }
  if (auto *BCO = dyn_cast<BinaryConditionalOperator>(E))
    return linearizeElvis(BCO, ValueUsed);

  // Any other operator: operands in order; side-effecting values computed
  // before the last operand that holds an M-call keep their place.
  std::vector<Expr *> Kids = evaluatedChildren(E);
  int Last = -1;
  for (size_t I = 0; I < Kids.size(); ++I)
    if (containsMCall(Kids[I]))
      Last = static_cast<int>(I);
  std::string Pre;
  for (int I = 0; I <= Last; ++I) {
    Pre += linearize(Kids[I], true);
    if (I < Last && canMaterialize(Kids[I]))
      Pre += materialize(Kids[I]);
  }
  return Pre;
}

/// `a ?: b`: a is evaluated once, b only when a is zero. When b holds an
/// M-call, a's value goes to a temporary and the choice becomes an `if`.
std::string ExprLinearizer::linearizeElvis(BinaryConditionalOperator *BCO, bool ValueUsed) {
  Expr *A = BCO->getCommon(), *B = BCO->getFalseExpr();
  std::string Pre = linearize(A, true);
  if (!containsMCall(B))
    return Pre;
  QualType AT = A->getType();
  if (AT->isArrayType() || AT->isFunctionType())
    AT = SH.Ctx.getDecayedType(AT);
  AT = AT.getUnqualifiedType();
  std::string CondT = newStatementTemp(AT);
  Pre += assign(CondT, AT, SH.renderExpr(A)) + "; ";
  bool HasValue = ValueUsed && !BCO->getType()->isVoidType();
  std::string T = HasValue ? newStatementTemp(BCO->getType()) : "";
  std::string PreB = linearize(B, HasValue);
  std::string VB = SH.renderExpr(B);
  if (HasValue)
    Pre += fmt::format("if ({0}) {{ {1}; }} else {{ {2}{3}; }} ", CondT,
                       assign(T, BCO->getType(), CondT), PreB, assign(T, BCO->getType(), VB));
  else
    Pre += fmt::format("if (!{0}) {{ {1}(void)({2}); }} ", CondT, PreB, VB);
  SH.replaceExpr(BCO, HasValue ? T : "((void)0)");
  return Pre;
}

/// `({ s1; ...; e; })`: the statements are transformed like any others (their
/// M-calls get resume labels), then the whole block moves into the prelude,
/// its last expression assigning the temporary that replaces the statement
/// expression. Its declarations stay local to that block.
std::string ExprLinearizer::linearizeStmtExpr(StmtExpr *SE, bool ValueUsed) {
  CompoundStmt *CS = SE->getSubStmt();
  Expr *Last = nullptr;
  if (!CS->body_empty())
    Last = dyn_cast<Expr>(CS->body_back());
  for (Stmt *S : CS->body())
    if (S != Last)
      TransformStmt(S);
  bool HasValue = ValueUsed && Last && !SE->getType()->isVoidType();
  std::string T = HasValue ? newStatementTemp(SE->getType()) : "";
  if (Last) {
    std::string PreL = linearize(Last, HasValue);
    std::string V = SH.renderExpr(Last);
    std::string Text = PreL + (HasValue ? assign(T, SE->getType(), V) : "(void)(" + V + ")");
    SH.Edits.replace(SH.begin(Last), SH.exprEnd(Last), flatten(Text));
  }
  std::string Pre = flatten(SH.render(CS)) + " ";
  SH.replaceExpr(SE, HasValue ? T : "((void)0)");
  return Pre;
}

} // namespace migpp
