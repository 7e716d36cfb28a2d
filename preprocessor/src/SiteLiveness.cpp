//===- SiteLiveness.cpp - Which saved variables each site needs -----------===//
// The design is in SiteLiveness.h.
#include "SiteLiveness.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/LiveVariables.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Analysis/CFG.h"

using namespace clang;

namespace migpp {

class ParentMapHolder {
public:
  explicit ParentMapHolder(Stmt *Body) : PM(Body) {}
  ParentMap PM;
};

namespace {

/// Records, for every CFG element, the candidates live right after it.
/// LiveVariables walks each block backwards and calls observeStmt just
/// before applying an element's transfer function: the values it passes are
/// those after the element.
class AfterObserver : public LiveVariables::Observer {
public:
  AfterObserver(const std::vector<const VarDecl *> &Candidates,
                llvm::DenseMap<const Stmt *, llvm::BitVector> &Out)
      : Candidates(Candidates), Out(Out) {}
  void observeStmt(const Stmt *S, const CFGBlock *,
                   const LiveVariables::LivenessValues &V) override {
    llvm::BitVector Live(Candidates.size());
    for (unsigned I = 0; I < Candidates.size(); ++I)
      if (V.isLive(Candidates[I]))
        Live.set(I);
    // An element may appear in more than one block (rare: CFG copies of
    // some expressions); keep the union.
    auto [It, New] = Out.try_emplace(S, Live);
    if (!New)
      It->second |= Live;
  }

private:
  const std::vector<const VarDecl *> &Candidates;
  llvm::DenseMap<const Stmt *, llvm::BitVector> &Out;
};

} // namespace

SiteLiveness::SiteLiveness(ASTContext &Ctx, const FunctionDecl *FD,
                           std::vector<const VarDecl *> Cands)
    : Candidates(std::move(Cands)) {
  for (unsigned I = 0; I < Candidates.size(); ++I)
    Index[Candidates[I]] = I;
  Parents = std::make_unique<ParentMapHolder>(FD->getBody());
  if (Candidates.empty())
    return;
  AnalysisDeclContextManager Mgr(Ctx);
  AnalysisDeclContext *AC = Mgr.getContext(FD);
  if (!AC)
    return;
  // LiveVariables sees a use only in a DeclRefExpr that is a CFG element of
  // its own: every subexpression must be one (as the static analyzer has it).
  AC->getCFGBuildOptions().setAllAlwaysAdd();
  if (!AC->getCFG())
    return;
  std::unique_ptr<LiveVariables> LV = LiveVariables::computeLiveness(*AC, /*killAtAssign=*/true);
  if (!LV)
    return;
  AfterObserver Obs(Candidates, LiveAfter);
  LV->runOnAllBlocks(Obs);
  for (const CFGBlock *B : *AC->getCFG()) {
    const Stmt *T = B->getTerminatorStmt();
    if (!T || !isa<ForStmt, DoStmt, WhileStmt>(T))
      continue;
    llvm::BitVector Live(Candidates.size());
    for (unsigned I = 0; I < Candidates.size(); ++I)
      if (LV->isLive(B, Candidates[I]))
        Live.set(I);
    auto [It, New] = LoopLive.try_emplace(T, Live);
    if (!New)
      It->second |= Live;
  }
  Analyzed = true;
}

SiteLiveness::~SiteLiveness() = default;

/// The outermost expression containing S. Statement expressions do not stop
/// the climb: ExprLinearizer moves a whole statement expression in front of
/// the expression that holds it, so an operand of that outer expression
/// (`total` in `total += ({ ... f() ... })`) may be read after the call.
const Stmt *SiteLiveness::fullExpression(const Stmt *S) const {
  const Stmt *Top = S;
  for (const Stmt *P = Parents->PM.getParent(S); P; P = Parents->PM.getParent(P))
    if (isa<Expr>(P))
      Top = P;
  return Top;
}

llvm::BitVector SiteLiveness::referencedIn(const Stmt *S) const {
  llvm::BitVector Refs(Candidates.size());
  std::vector<const Stmt *> Work{S};
  while (!Work.empty()) {
    const Stmt *Cur = Work.back();
    Work.pop_back();
    if (!Cur)
      continue;
    if (auto *DRE = dyn_cast<DeclRefExpr>(Cur))
      if (auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (auto It = Index.find(VD); It != Index.end())
          Refs.set(It->second);
    for (const Stmt *C : Cur->children())
      Work.push_back(C);
  }
  return Refs;
}

std::optional<llvm::BitVector> SiteLiveness::liveAt(const Stmt *Anchor) const {
  if (!Analyzed || !Anchor)
    return std::nullopt;
  if (isa<ForStmt, DoStmt, WhileStmt>(Anchor)) {
    auto It = LoopLive.find(Anchor);
    if (It == LoopLive.end())
      return std::nullopt;
    return It->second;
  }
  const Stmt *Key = Anchor;
  if (auto *E = dyn_cast<Expr>(Anchor))
    Key = E->IgnoreParens();
  auto It = LiveAfter.find(Key);
  if (It == LiveAfter.end())
    return std::nullopt;
  llvm::BitVector Live = It->second;
  Live |= referencedIn(fullExpression(Anchor));
  return Live;
}

} // namespace migpp
