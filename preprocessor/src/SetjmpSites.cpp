//===- SetjmpSites.cpp - setjmp calls re-armed by the rewind -------------===//
#include "SetjmpSites.h"

#include "clang/AST/ParentMap.h"
#include <fmt/format.h>

#include <functional>

using namespace clang;

namespace migpp {

static bool isSetjmpCall(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->getIdentifier() || CE->getNumArgs() < 1)
    return false;
  StringRef N = FD->getName();
  return N == "setjmp" || N == "_setjmp" || N == "sigsetjmp" || N == "__sigsetjmp";
}

static void collect(Stmt *S, std::vector<CallExpr *> &Out) {
  if (!S)
    return;
  if (auto *CE = dyn_cast<CallExpr>(S); CE && isSetjmpCall(CE))
    Out.push_back(CE);
  for (Stmt *C : S->children())
    collect(C, Out);
}

/// Climbs from E through parentheses and implicit conversions.
static const Stmt *climb(const ParentMap &PM, const Expr *&E) {
  const Stmt *P = PM.getParent(E);
  while (P && (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P))) {
    E = cast<Expr>(P);
    P = PM.getParent(P);
  }
  return P;
}

/// The statement the site's label goes in front of, or null when this
/// setjmp is in a context the rewind cannot jump back to.
static const Stmt *siteStatement(ASTContext &Ctx, const ParentMap &PM, const CallExpr *CE) {
  for (const Stmt *A = PM.getParent(CE); A; A = PM.getParent(A))
    if (isa<StmtExpr>(A))
      return nullptr; // a goto cannot jump into a statement expression
  const Expr *Top = CE;
  const Stmt *P = climb(PM, Top);
  bool Modified = false;
  if (auto *UO = dyn_cast_or_null<UnaryOperator>(P); UO && UO->getOpcode() == UO_LNot) {
    Top = UO;
    P = climb(PM, Top);
    Modified = true;
  } else if (auto *BO = dyn_cast_or_null<BinaryOperator>(P); BO && BO->isComparisonOp()) {
    const Expr *Other = BO->getLHS()->IgnoreParenImpCasts() == CE ? BO->getRHS() : BO->getLHS();
    if (!Other->isIntegerConstantExpr(Ctx))
      return nullptr;
    Top = BO;
    P = climb(PM, Top);
    Modified = true;
  }
  if (!P)
    return nullptr;
  auto IsCond = [&](const Expr *C) {
    return C && C->IgnoreParenImpCasts() == Top->IgnoreParenImpCasts();
  };
  if (auto *If = dyn_cast<IfStmt>(P); If && IsCond(If->getCond()))
    return If;
  if (auto *W = dyn_cast<WhileStmt>(P); W && IsCond(W->getCond()))
    return W;
  if (auto *Sw = dyn_cast<SwitchStmt>(P); Sw && IsCond(Sw->getCond()))
    return Sw;
  if (!Modified)
    if (auto *BO = dyn_cast<BinaryOperator>(P);
        BO && BO->getOpcode() == BO_Assign && BO->getRHS()->IgnoreParenImpCasts() == CE) {
      Top = BO;
      P = climb(PM, Top);
    }
  // `int r = setjmp(b);` (a label cannot precede a declaration before C23:
  // the caller labels a null statement in front of it).
  if (auto *DS = dyn_cast_or_null<DeclStmt>(P); DS && DS->isSingleDecl() && !Modified)
    if (auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl());
        VD && VD->getInit() && VD->getInit()->IgnoreParenImpCasts() == CE &&
        isa_and_nonnull<CompoundStmt>(PM.getParent(DS)))
      return DS;
  // An expression statement: a statement position in its parent.
  if (!P || isa<Expr>(P))
    return nullptr;
  if (isa<CompoundStmt>(P) || isa<LabelStmt>(P) || isa<SwitchCase>(P) || isa<AttributedStmt>(P))
    return Top;
  if (auto *If = dyn_cast<IfStmt>(P); If && (If->getThen() == Top || If->getElse() == Top))
    return Top;
  if (auto *W = dyn_cast<WhileStmt>(P); W && W->getBody() == Top)
    return Top;
  return nullptr;
}

std::optional<SetjmpRewrite> rewriteSetjmpSites(SourceHelper &SH, const FunctionState &St,
                                                ExprLinearizer &Lin) {
  std::vector<CallExpr *> Calls;
  collect(St.FD->getBody(), Calls);
  SetjmpRewrite R;
  if (Calls.empty())
    return R;
  ParentMap PM(St.FD->getBody());
  bool Ok = true;
  unsigned K = 0;
  for (CallExpr *CE : Calls) {
    const Stmt *At = siteStatement(SH.Ctx, PM, CE);
    if (!At) {
      SH.error(CE->getBeginLoc(),
               "this setjmp cannot be re-armed after a restore: in a function that can be "
               "stopped, migcc supports setjmp as the whole controlling expression of an "
               "if, while or switch (alone, negated or compared with a constant), or as "
               "an expression statement (possibly assigned to a variable)");
      Ok = false;
      continue;
    }
    bool ArgsOk = true;
    for (const Expr *A : CE->arguments())
      if (Lin.containsMCall(A) || (A->HasSideEffects(SH.Ctx) && A != CE->getArg(0)))
        ArgsOk = false;
    if (!ArgsOk) {
      SH.error(CE->getBeginLoc(), "the arguments of a setjmp in a function that can be "
                                  "stopped must not call functions that can be stopped "
                                  "(nor, after the buffer, have side effects)");
      Ok = false;
      continue;
    }
    ++K;
    std::string Buf = Lin.newTemp(CE->getArg(0)->getType());
    std::string Rest;
    for (unsigned I = 1; I < CE->getNumArgs(); ++I)
      Rest += ", " + SH.renderExpr(CE->getArg(I));
    std::string Text =
        fmt::format("({{ int __mig_sjr; __mig_sj_mark_t __mig_sjm; "
                    "if (__builtin_expect(__mig_state == __MIG_REWINDING, 0)) __mig_sj_stash({0}); "
                    "else {0} = ({1}); __mig_sjm = __mig_sj_mark(); __mig_sjr = {2}({0}{3}); "
                    "if (__builtin_expect(__mig_sjr != 0, 0)) __mig_sj_landed(__mig_sjm); "
                    "else if (__builtin_expect(__mig_state == __MIG_REWINDING, 0)) "
                    "{{ __mig_sj_rearmed({0}); goto __mig_sj_next; }} __mig_sjr; }})",
                    Buf, flatten(SH.renderExpr(CE->getArg(0))),
                    flatten(SH.renderExpr(CE->getCallee())), flatten(Rest));
    SH.replaceExpr(CE, Text);
    if (isa<DeclStmt>(At))
      R.LateLabels.push_back({SH.begin(At), fmt::format("__mig_sj_site_{}: ; ", K)});
    else
      SH.Edits.open(SH.begin(At), fmt::format("__mig_sj_site_{}: ", K));
    R.Dispatch += fmt::format("if (__mig_sj_i < {0}) {{ __mig_sj_i = {0}; if (__mig_sj_live({1})) "
                              "goto __mig_sj_site_{0}; }} ",
                              K, Buf);
  }
  if (!Ok)
    return std::nullopt;
  R.Decls = "int __mig_sj_i = 0; ";
  R.Dispatch = "__mig_sj_next: " + R.Dispatch;
  return R;
}

/// __builtin_setjmp keeps this build's stack and code addresses in a plain
/// `void *[5]` buffer: the runtime cannot tell it is a jump buffer (a
/// jmp_buf is re-armed by its setjmp site, SetjmpSites.h), so a checkpoint taken while one is set
/// would save and restore garbage and a later __builtin_longjmp would jump
/// into it. (GCC documents the pair as for its own internal use.)
void rejectBuiltinSetjmp(const MigratableAnalysis &MA, SourceHelper &SH) {
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S)
      return;
    if (auto *CE = dyn_cast<CallExpr>(S))
      if (CE->getBuiltinCallee() == Builtin::BI__builtin_setjmp)
        SH.error(CE->getBeginLoc(),
                 "__builtin_setjmp is not supported by migcc: its buffer holds code and "
                 "stack addresses the runtime cannot recognize or translate in a "
                 "checkpoint (use setjmp with a jmp_buf, which migrates)");
    for (const Stmt *C : S->children())
      Walk(C);
  };
  for (FunctionDecl *FD : MA.userFunctions())
    Walk(FD->getBody());
}

} // namespace migpp
