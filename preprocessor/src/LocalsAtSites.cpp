//===- LocalsAtSites.cpp --------------------------------------------------===//
//
// See LocalsAtSites.h.
//
//===----------------------------------------------------------------------===//
#include "LocalsAtSites.h"
#include "TypeText.h"

#include "mig/TypeDescriptorEmitter.h"

#include "llvm/ADT/DenseMap.h"

#include <vector>

using namespace clang;

namespace migpp {

bool isSavableLocal(const VarDecl *VD) {
  return VD->isLocalVarDeclOrParm() && !VD->isStaticLocal() && !VD->hasExternalStorage();
}

namespace {

/// Liveness-lite for va_list variables. A va_list cannot be migrated, so
/// saving one that is dead (after its va_end) would make the runtime refuse
/// every checkpoint for nothing. A va_list is needed at a site when it is
/// referenced at or after the site in source order, or anywhere inside a loop
/// around the site; a goto anywhere in the function makes every va_list
/// needed everywhere (control may go back). Other variables are saved by
/// scope.
class VaListUses {
public:
  VaListUses(const SourceHelper &SH, FunctionDecl *FD) : SH(SH) { scan(FD->getBody()); }

  bool needed(const VarDecl *VD, unsigned SitePos,
              llvm::ArrayRef<std::pair<unsigned, unsigned>> Loops) const {
    if (!mig::isVaListType(SH.Ctx, VD->getType()) || HasGoto)
      return true;
    auto It = Refs.find(VD);
    if (It == Refs.end())
      return false;
    for (unsigned R : It->second) {
      if (R >= SitePos)
        return true;
      for (auto [B, E] : Loops)
        if (B <= R && R < E)
          return true;
    }
    return false;
  }

private:
  void scan(const Stmt *S) {
    if (!S)
      return;
    if (isa<GotoStmt, IndirectGotoStmt>(S))
      HasGoto = true;
    if (auto *DRE = dyn_cast<DeclRefExpr>(S))
      if (auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && mig::isVaListType(SH.Ctx, VD->getType()))
        Refs[VD].push_back(SH.begin(DRE));
    for (const Stmt *C : S->children())
      scan(C);
  }

  const SourceHelper &SH;
  bool HasGoto = false;
  llvm::DenseMap<const VarDecl *, std::vector<unsigned>> Refs;
};

/// Walks a body in source order with the visible locals in scope; at each
/// site (M-call, polled loop head, entry poll) every visible local is saved
/// (a va_list only while VaListUses says it is needed).
class ScopeWalker {
public:
  ScopeWalker(const SourceHelper &SH, const MigratableAnalysis &MA,
              llvm::DenseSet<const VarDecl *> &Out, const VaListUses &VaLists)
      : SH(SH), MA(MA), Out(Out), VaLists(VaLists) {}

  void walkFunction(FunctionDecl *FD) {
    Scopes.emplace_back();
    for (ParmVarDecl *P : FD->parameters())
      Scopes.back().push_back(P);
    if (MA.hasEntryPoll(FD))
      site(FD->getBody());
    walk(FD->getBody());
    Scopes.pop_back();
  }

private:
  void site(const Stmt *At) {
    unsigned Pos = SH.begin(At);
    for (auto &Scope : Scopes)
      for (const VarDecl *V : Scope)
        if (VaLists.needed(V, Pos, Loops))
          Out.insert(V);
  }
  void enterLoop(const Stmt *L) { Loops.push_back({SH.begin(L), SH.stmtEnd(L)}); }
  void walk(Stmt *S) {
    if (!S)
      return;
    if (isUnevaluated(S))
      return;
    if (const Expr *Only = onlyEvaluatedOperand(S))
      return walk(const_cast<Expr *>(Only));
    if (auto *CS = dyn_cast<CompoundStmt>(S)) {
      Scopes.emplace_back();
      for (Stmt *C : CS->body())
        walk(C);
      Scopes.pop_back();
      return;
    }
    if (auto *DS = dyn_cast<DeclStmt>(S)) {
      for (Decl *D : DS->decls())
        if (auto *VD = dyn_cast<VarDecl>(D)) {
          for (const Expr *B : vlaBounds(VD->getType()))
            walk(const_cast<Expr *>(B));
          if (VD->hasInit())
            walk(VD->getInit());
          if (isSavableLocal(VD))
            Scopes.back().push_back(VD);
        }
      return;
    }
    if (auto *F = dyn_cast<ForStmt>(S)) {
      Scopes.emplace_back();
      walk(F->getInit());
      enterLoop(F);
      walk(F->getCond());
      if (MA.isPolledLoop(F))
        site(F->getBody());
      walk(F->getBody());
      walk(F->getInc());
      Loops.pop_back();
      Scopes.pop_back();
      return;
    }
    if (auto *W = dyn_cast<WhileStmt>(S)) {
      enterLoop(W);
      walk(W->getCond());
      if (MA.isPolledLoop(W))
        site(W->getBody());
      walk(W->getBody());
      Loops.pop_back();
      return;
    }
    if (auto *D = dyn_cast<DoStmt>(S)) {
      enterLoop(D);
      if (MA.isPolledLoop(D))
        site(D->getBody());
      walk(D->getBody());
      walk(D->getCond());
      Loops.pop_back();
      return;
    }
    if (auto *CE = dyn_cast<CallExpr>(S)) {
      for (Stmt *C : CE->children())
        walk(C);
      if (MA.isMCall(CE))
        site(CE);
      return;
    }
    for (Stmt *C : S->children())
      walk(C);
  }

  const SourceHelper &SH;
  const MigratableAnalysis &MA;
  llvm::DenseSet<const VarDecl *> &Out;
  const VaListUses &VaLists;
  std::vector<std::vector<const VarDecl *>> Scopes;
  std::vector<std::pair<unsigned, unsigned>> Loops; ///< source ranges around
};

} // namespace

llvm::DenseSet<const VarDecl *> localsAtSites(const SourceHelper &SH, const MigratableAnalysis &MA,
                                              FunctionDecl *FD) {
  llvm::DenseSet<const VarDecl *> Set;
  VaListUses VaLists(SH, FD);
  ScopeWalker(SH, MA, Set, VaLists).walkFunction(FD);
  return Set;
}

} // namespace migpp
