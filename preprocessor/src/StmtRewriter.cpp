//===- StmtRewriter.cpp ---------------------------------------------------===//
//
// See StmtRewriter.h and docs/design.md.
//
//===----------------------------------------------------------------------===//
#include "StmtRewriter.h"
#include "TypeText.h"

#include <fmt/format.h>

#include <cstring>
#include <functional>

using namespace clang;

namespace migpp {

StmtRewriter::StmtRewriter(SourceHelper &SH, const MigratableAnalysis &MA, FunctionState &St,
                           const FrameLayout &Layout, ExprLinearizer &Lin,
                           VariablyModifiedLocals &Vla)
    : SH(SH), MA(MA), St(St), Layout(Layout), Lin(Lin), Vla(Vla) {
  Lin.setStatementRewriter([this](Stmt *S) { transformStmt(S); });
}

bool StmtRewriter::run(Stmt *Body) {
  transformStmt(Body);
  return !Failed;
}

std::string StmtRewriter::pollText(SourceLocation L, const Stmt *Anchor) {
  return fmt::format("__MIG_POLL({}) ", St.newSite(SH, L, Anchor));
}

/// What a `for` loop's poll is anchored at for SiteLiveness: its condition,
/// or the loop itself when it has none.
static const Stmt *loopAnchor(const ForStmt *FS) {
  return FS->getCond() ? static_cast<const Stmt *>(FS->getCond()) : FS;
}

void StmtRewriter::pollAtBodyStart(Stmt *Body, const Stmt *Anchor) {
  SH.Edits.open(SH.begin(Body), "{ " + pollText(Body->getBeginLoc(), Anchor));
  SH.Edits.close(SH.stmtEnd(Body), " }");
}

void StmtRewriter::wrapWithPrelude(Stmt *S, const std::string &Pre) {
  if (Pre.empty())
    return;
  if (isa<DeclStmt>(S)) {
    SH.Edits.open(SH.begin(S), flatten(Pre));
    return;
  }
  SH.Edits.open(SH.begin(S), "{ " + flatten(Pre));
  SH.Edits.close(SH.stmtEnd(S), " }");
}

/// Rewrites S, then ends the live range of the statement temporaries its
/// rewriting made (ExprLinearizer::Temp).
void StmtRewriter::transformStmt(Stmt *S) {
  size_t FirstTemp = Lin.temps().size();
  transformStmtKind(S);
  Lin.closeStatementTemps(FirstTemp);
}

void StmtRewriter::transformStmtKind(Stmt *S) {
  if (!S)
    return;
  if (auto *CS = dyn_cast<CompoundStmt>(S)) {
    for (Stmt *C : CS->body())
      transformStmt(C);
  } else if (auto *DS = dyn_cast<DeclStmt>(S)) {
    transformDeclStmt(DS, false);
  } else if (auto *RS = dyn_cast<ReturnStmt>(S)) {
    transformReturn(RS);
  } else if (auto *WS = dyn_cast<WhileStmt>(S)) {
    transformWhile(WS);
  } else if (auto *Do = dyn_cast<DoStmt>(S)) {
    transformDo(Do);
  } else if (auto *FS = dyn_cast<ForStmt>(S)) {
    transformFor(FS);
  } else if (auto *If = dyn_cast<IfStmt>(S)) {
    transformStmt(If->getThen());
    transformStmt(If->getElse());
    if (containsMCall(If->getCond()))
      wrapWithPrelude(If, linearize(If->getCond(), true));
  } else if (auto *Sw = dyn_cast<SwitchStmt>(S)) {
    transformStmt(Sw->getBody());
    if (containsMCall(Sw->getCond()))
      wrapWithPrelude(Sw, linearize(Sw->getCond(), true));
  } else if (auto *L = dyn_cast<LabelStmt>(S)) {
    transformStmt(L->getSubStmt());
  } else if (auto *C = dyn_cast<SwitchCase>(S)) {
    transformStmt(C->getSubStmt());
  } else if (auto *A = dyn_cast<AttributedStmt>(S)) {
    transformStmt(A->getSubStmt());
  } else if (auto *E = dyn_cast<Expr>(S)) {
    if (containsMCall(E))
      wrapWithPrelude(S, linearize(E, false));
  } else if (containsMCall(S)) {
    SH.error(S->getBeginLoc(), "mig-pp cannot resume inside this statement "
                               "(a call to a migratable function here is not "
                               "supported)");
    Failed = true;
  }
}

/// The initialization of a hoisted variable, as an expression.
std::string StmtRewriter::savedInitText(const SavedVar &V, const Expr *Init) {
  std::string Ref = varRef(V);
  std::string R = SH.renderExpr(Init);
  QualType T = V.VD->getType();
  const Expr *Bare = Init->IgnoreParens();
  bool IsList = isa<InitListExpr>(Bare);
  if (IsList && hasUnion(T)) {
    // clang zeroes a declared union's bytes beyond the member an initializer
    // list sets (`union U u = {};`), but not a compound literal's: copy from
    // a declaration with the same initializer.
    return fmt::format("({{ {} = {}; __builtin_memcpy(&{}, &__mig_v, sizeof({})); }})",
                       *mig::spellType(SH.Ctx, T.getUnqualifiedType(), "__mig_v"), R, Ref, Ref);
  }
  if (T->isArrayType()) {
    std::string Ty = *mig::spellAssignableType(SH.Ctx, T);
    std::string Lit = IsList ? "(" + Ty + ")" + R : "(" + Ty + "){" + R + "}";
    return fmt::format("__builtin_memcpy(&{0}, &{1}, sizeof({0}))", Ref, Lit);
  }
  if (IsList) {
    std::string Ty = *mig::spellAssignableType(SH.Ctx, T);
    if (hasConstMember(T))
      return fmt::format("__builtin_memcpy(&{0}, &({1}){2}, sizeof({0}))", Ref, Ty, R);
    return fmt::format("{} = ({}){}", Ref, Ty, R);
  }
  return assignText(SH.Ctx, Ref, T, R);
}

void StmtRewriter::transformDeclStmt(DeclStmt *DS, bool InForInit) {
  bool AnySaved = false;
  for (Decl *D : DS->decls())
    if (auto *VD = dyn_cast<VarDecl>(D))
      AnySaved |= (Layout.find(VD) != nullptr);
  if (!AnySaved) {
    std::string Pre;
    for (Decl *D : DS->decls())
      if (auto *VD = dyn_cast<VarDecl>(D)) {
        for (const Expr *B : vlaBounds(VD->getType()))
          Pre += linearize(const_cast<Expr *>(B), true);
        if (VD->hasInit() && containsMCall(VD->getInit()))
          Pre += linearize(VD->getInit(), true);
      }
    if (InForInit)
      PendingForInit = Pre;
    else
      wrapWithPrelude(DS, Pre);
    return;
  }
  std::string Pre, Assign;
  for (Decl *D : DS->decls()) {
    auto *VD = dyn_cast<VarDecl>(D);
    const SavedVar *SV = VD ? Layout.find(VD) : nullptr;
    if (!SV)
      continue;
    const SavedVar &V = *SV;
    std::string Text;
    if (V.Vm != SavedVar::NotVm)
      Text = variablyModifiedDeclText(V, Pre);
    else if (VD->hasInit())
      Text = (Pre += linearize(VD->getInit(), true), savedInitText(V, VD->getInit()));
    if (Text.empty())
      continue;
    if (!Assign.empty())
      Assign += InForInit ? ", " : "; ";
    Assign += Text;
  }
  std::string Text;
  if (InForInit) {
    PendingForInit = Pre;
    Text = Assign + ";";
  } else {
    Text = Pre + (Assign.empty() ? ";" : Assign + ";");
  }
  replaceKeepingLines(SH.Edits, SH.begin(DS), SH.stmtEnd(DS), Text);
}

void StmtRewriter::transformReturn(ReturnStmt *RS) {
  Expr *E = RS->getRetValue();
  std::string Pre = E && containsMCall(E) ? linearize(E, true) : "";
  if (!St.HasShadow) {
    wrapWithPrelude(RS, Pre);
    return;
  }
  std::string Text = "{ " + Pre;
  bool VoidFn = St.FD->getReturnType()->isVoidType();
  if (E && VoidFn)
    Text += "(void)(" + SH.renderExpr(E) + "); ";
  else if (E)
    Text += assignText(SH.Ctx, "__mig_ret", St.FD->getReturnType(), SH.renderExpr(E)) + "; ";
  Text += "__mig_shadow_pop(__mig_sf); return";
  if (E && !VoidFn)
    Text += " __mig_ret";
  Text += "; }";
  replaceKeepingLines(SH.Edits, SH.begin(RS), SH.stmtEnd(RS), Text);
}

void StmtRewriter::redirectContinues(Stmt *Body, const std::string &Label) {
  std::function<void(Stmt *)> Walk = [&](Stmt *S) {
    if (!S || isa<ForStmt, WhileStmt, DoStmt>(S))
      return;
    if (auto *C = dyn_cast<ContinueStmt>(S)) {
      unsigned B = SH.offset(C->getContinueLoc());
      SH.Edits.replace(B, B + strlen("continue"), "goto " + Label);
      return;
    }
    for (Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Body);
}

void StmtRewriter::transformWhile(WhileStmt *WS) {
  transformStmt(WS->getBody());
  bool Polled = MA.isPolledLoop(WS);
  Stmt *Body = WS->getBody();
  if (containsMCall(WS->getCond())) {
    std::string Pre = linearize(WS->getCond(), true);
    std::string Head = "for (;;) { " + Pre + "if (!(" + SH.renderExpr(WS->getCond()) +
                       ")) break; " + (Polled ? pollText(Body->getBeginLoc(), WS->getCond()) : "");
    replaceKeepingLines(SH.Edits, SH.begin(WS), SH.offset(WS->getRParenLoc()) + 1, Head);
    SH.Edits.close(SH.stmtEnd(Body), " }");
  } else if (Polled) {
    pollAtBodyStart(Body, WS->getCond());
  }
}

void StmtRewriter::transformDo(DoStmt *DS) {
  transformStmt(DS->getBody());
  bool Polled = MA.isPolledLoop(DS);
  Stmt *Body = DS->getBody();
  if (containsMCall(DS->getCond())) {
    std::string Label = fmt::format("__mig_cont_{}", ++NextContinueLabel);
    redirectContinues(Body, Label);
    std::string Poll = Polled ? pollText(Body->getBeginLoc(), DS) : "";
    unsigned DoB = SH.begin(DS);
    replaceKeepingLines(SH.Edits, DoB, DoB + 2, "for (;;) { " + Poll);
    std::string Pre = linearize(DS->getCond(), true);
    std::string Tail = " " + Label + ": __attribute__((unused)); " + Pre + "if (!(" +
                       SH.renderExpr(DS->getCond()) + ")) break; }";
    replaceKeepingLines(SH.Edits, SH.offset(DS->getWhileLoc()), SH.stmtEnd(DS), Tail);
  } else if (Polled) {
    pollAtBodyStart(Body, DS);
  }
}

void StmtRewriter::transformFor(ForStmt *FS) {
  transformStmt(FS->getBody());
  Stmt *Body = FS->getBody();
  bool Polled = MA.isPolledLoop(FS);
  std::string PreInit;
  if (auto *DS = dyn_cast_or_null<DeclStmt>(FS->getInit())) {
    PendingForInit.clear();
    transformDeclStmt(DS, true);
    PreInit = PendingForInit;
  } else if (auto *E = dyn_cast_or_null<Expr>(FS->getInit())) {
    if (containsMCall(E))
      PreInit = linearize(E, false);
  }
  bool CondM = containsMCall(FS->getCond()), IncM = containsMCall(FS->getInc());
  if (CondM || IncM) {
    std::string Label = fmt::format("__mig_cont_{}", ++NextContinueLabel);
    if (FS->getInc())
      redirectContinues(Body, Label);
    std::string Init = ";";
    if (Stmt *I = FS->getInit())
      Init = isa<DeclStmt>(I) ? SH.render(I) : SH.render(I) + ";";
    std::string Head = "for (" + Init + ";) { ";
    if (Expr *C = FS->getCond()) {
      Head += linearize(C, true);
      Head += "if (!(" + SH.renderExpr(C) + ")) break; ";
    }
    if (Polled)
      Head += pollText(Body->getBeginLoc(), loopAnchor(FS));
    replaceKeepingLines(SH.Edits, SH.begin(FS), SH.offset(FS->getRParenLoc()) + 1, Head);
    std::string Tail = " ";
    if (Expr *N = FS->getInc()) {
      Tail += Label + ": __attribute__((unused)); " + linearize(N, false);
      Tail += "(void)(" + SH.renderExpr(N) + "); ";
    }
    SH.Edits.close(SH.stmtEnd(Body), flatten(Tail + "}"));
  } else if (Polled) {
    pollAtBodyStart(Body, loopAnchor(FS));
  }
  if (!PreInit.empty()) {
    SH.Edits.open(SH.begin(FS), "{ " + flatten(PreInit));
    SH.Edits.close(SH.stmtEnd(FS), " }");
  }
}

/// What a saved declaration with a variably modified type becomes where it
/// was: its bounds are evaluated (M-calls in them hoisted into Pre), then the
/// VLA gets its shadow-stack block or the pointer its initial value.
std::string StmtRewriter::variablyModifiedDeclText(const SavedVar &V, std::string &Pre) {
  std::vector<std::string> Parts = Vla.declarationParts(V, Pre);
  if (V.Vm != SavedVar::VmArray)
    if (const Expr *Init = V.VD->getInit()) {
      Pre += linearize(const_cast<Expr *>(Init), true);
      Parts.push_back(savedInitText(V, Init));
    }
  std::string Text;
  for (const std::string &P : Parts)
    Text += (Text.empty() ? "" : ", ") + P;
  return Text;
}

} // namespace migpp
