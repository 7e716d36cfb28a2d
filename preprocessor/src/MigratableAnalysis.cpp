//===- MigratableAnalysis.cpp ---------------------------------------------===//
#include "MigratableAnalysis.h"

#include "DeletableLoops.h"
#include "PthreadCalls.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <functional>

using namespace clang;

namespace migpp {
bool isUnevaluated(const Stmt *S) {
  if (isa<UnaryExprOrTypeTraitExpr>(S))
    return true;
  if (auto *CE = dyn_cast<CallExpr>(S))
    switch (CE->getBuiltinCallee()) {
    case Builtin::BI__builtin_constant_p:
    case Builtin::BI__builtin_object_size:
    case Builtin::BI__builtin_dynamic_object_size:
    case Builtin::BI__builtin_classify_type:
      return true;
    default:
      break;
    }
  return false;
}

const Expr *onlyEvaluatedOperand(const Stmt *S) {
  if (auto *G = dyn_cast<GenericSelectionExpr>(S))
    return G->isResultDependent() ? nullptr : G->getResultExpr();
  if (auto *C = dyn_cast<ChooseExpr>(S))
    return C->isConditionDependent() ? nullptr : C->getChosenSubExpr();
  return nullptr;
}

namespace {

/// Collects, for one body or initializer, the evaluated calls, the function
/// references that are not the callee of a call (address taken), and the
/// loops that are candidates for a poll point.
class BodyScanner : public RecursiveASTVisitor<BodyScanner> {
public:
  std::vector<const CallExpr *> Calls;
  std::vector<const FunctionDecl *> FunctionRefs;
  llvm::SmallPtrSet<const DeclRefExpr *, 16> CalleeRefs;
  std::vector<const Stmt *> Loops;
  unsigned StmtExprDepth = 0;

  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *E) {
    // sizeof/_Alignof operands are not evaluated (VLA sizes aside).
    return true;
  }
  bool TraverseCallExpr(CallExpr *CE) {
    if (isUnevaluated(CE))
      return true;
    return RecursiveASTVisitor::TraverseCallExpr(CE);
  }
  bool TraverseGenericSelectionExpr(GenericSelectionExpr *E) {
    return TraverseStmt(const_cast<Expr *>(onlyEvaluatedOperand(E)));
  }
  bool TraverseChooseExpr(ChooseExpr *E) {
    return TraverseStmt(const_cast<Expr *>(onlyEvaluatedOperand(E)));
  }
  bool TraverseStmtExpr(StmtExpr *E) {
    ++StmtExprDepth;
    bool R = RecursiveASTVisitor::TraverseStmtExpr(E);
    --StmtExprDepth;
    return R;
  }
  bool VisitCallExpr(CallExpr *CE) {
    Calls.push_back(CE);
    if (auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
      CalleeRefs.insert(DRE);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
      if (!CalleeRefs.count(DRE))
        FunctionRefs.push_back(FD);
    return true;
  }
  bool VisitForStmt(ForStmt *S) { return addLoop(S); }
  bool VisitWhileStmt(WhileStmt *S) { return addLoop(S); }
  bool VisitDoStmt(DoStmt *S) { return addLoop(S); }

private:
  bool addLoop(Stmt *S) {
    // A statement expression cannot be jumped into: no resume label there.
    if (StmtExprDepth == 0)
      Loops.push_back(S);
    return true;
  }
};

/// Whether S contains a loop, a call other than a pure leaf call, or a
/// label/goto.
bool hasLoopCallOrJump(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ForStmt, WhileStmt, DoStmt, GotoStmt, IndirectGotoStmt, LabelStmt>(S))
    return true;
  if (auto *CE = dyn_cast<CallExpr>(S))
    if (!isPureLeafCall(CE))
      return true;
  for (const Stmt *C : S->children())
    if (hasLoopCallOrJump(C))
      return true;
  return false;
}

/// An innermost counted loop: `for` with a condition, no nested loop, no
/// call but pure leaf calls, no jump. Polling it would block vectorization; the enclosing loop
/// (or the caller) polls instead.
bool isInnermostCountedLoop(const Stmt *S) {
  auto *For = dyn_cast<ForStmt>(S);
  if (!For || !For->getCond())
    return false;
  return !hasLoopCallOrJump(For->getBody()) && !hasLoopCallOrJump(For->getCond()) &&
         !hasLoopCallOrJump(For->getInc());
}

} // namespace

/// Whether CE is a call that cannot take long nor reach a poll point: a
/// `__builtin_*` helper, or a library function clang knows as a builtin
/// without side effects beyond errno (sqrt, fabs, sin, abs...). Those are
/// what numeric inner loops call, and clang vectorizes or inlines them.
/// Other library builtins (malloc, printf, read) may block or call back.
bool isPureLeafCall(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return false;
  if (FD->getName().starts_with("__builtin"))
    return true;
  unsigned ID = FD->getBuiltinID();
  if (ID == 0)
    return false;
  const Builtin::Context &BI = FD->getASTContext().BuiltinInfo;
  return BI.isConst(ID) || BI.isConstWithoutErrnoAndExceptions(ID) ||
         BI.isConstWithoutExceptions(ID);
}

bool MigratableAnalysis::isUserDecl(const Decl *D) const {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation L = D->getLocation();
  if (L.isInvalid())
    return false;
  return !SM.isInSystemHeader(L) && SM.isWrittenInMainFile(SM.getExpansionLoc(L));
}

bool MigratableAnalysis::isCheckpointCall(const CallExpr *CE) {
  if (const FunctionDecl *FD = CE->getDirectCallee())
    if (const IdentifierInfo *II = FD->getIdentifier())
      return II->getName() == "mig_checkpoint";
  return false;
}

const FunctionDecl *MigratableAnalysis::userDefinition(const FunctionDecl *FD) const {
  const FunctionDecl *Def = FD->getDefinition();
  if (Def && isUserDecl(Def))
    return Def->getCanonicalDecl();
  return nullptr;
}

void MigratableAnalysis::collect() {
  TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  llvm::DenseSet<const FunctionDecl *> SeenAddr;
  auto NoteAddressTaken = [&](const std::vector<const FunctionDecl *> &Refs) {
    for (const FunctionDecl *F : Refs) {
      const FunctionDecl *C = F->getCanonicalDecl();
      if (SeenAddr.insert(C).second) {
        AddressTaken.insert(C);
        AddressTakenList.push_back(F->getDefinition() ? F->getDefinition() : F);
      }
    }
  };
  for (Decl *D : TU->decls()) {
    if (auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (!FD->doesThisDeclarationHaveABody() || !isUserDecl(FD))
        continue;
      UserFunctions.push_back(FD);
      BodyScanner Scan;
      Scan.TraverseStmt(FD->getBody());
      NoteAddressTaken(Scan.FunctionRefs);
      const FunctionDecl *Key = FD->getCanonicalDecl();
      Calls[Key] = Scan.Calls;
      for (const CallExpr *CE : Scan.Calls)
        if (isCheckpointCall(CE))
          PollFunctions.insert(Key);
      DeletableLoops Deletable(Ctx, FD);
      if (Opts.Poll != PollPolicy::Explicit)
        for (const Stmt *L : Scan.Loops)
          if (!isInnermostCountedLoop(L) && !Deletable.contains(L)) {
            PolledLoops.insert(L);
            PollFunctions.insert(Key);
          }
    } else if (auto *VD = dyn_cast<VarDecl>(D)) {
      if (!VD->hasInit())
        continue;
      BodyScanner Scan;
      Scan.TraverseStmt(VD->getInit());
      NoteAddressTaken(Scan.FunctionRefs);
    }
  }
}

/// Callees of an indirect call: address-taken user functions whose type is
/// compatible with the called pointer's pointee.
static bool typesMatch(ASTContext &Ctx, QualType FnType, const FunctionDecl *FD) {
  return Ctx.typesAreCompatible(FnType.getCanonicalType(), FD->getType().getCanonicalType());
}

static QualType calledFunctionType(const CallExpr *CE) {
  QualType T = CE->getCallee()->getType();
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType();
  return T;
}

bool MigratableAnalysis::callIsM(const CallExpr *CE) const {
  if (isCheckpointCall(CE))
    return true;
  if (CE->getBuiltinCallee() != 0)
    return false;
  if (const FunctionDecl *Callee = CE->getDirectCallee()) {
    if (const FunctionDecl *Def = userDefinition(Callee))
      return Transformed.count(Def);
    if (const IdentifierInfo *II = Callee->getIdentifier())
      if (II->getName().starts_with("__mig_") || II->getName().starts_with("mig_"))
        return false;
    const SourceManager &SM = Ctx.getSourceManager();
    if (isMigratablePthreadCall(Callee, SM)) // join, mutex lock, cond wait
      return true;
    // A function declared outside system headers may be another
    // migcc-built unit's, even under --whole-program: a user library built
    // by migcc and linked with -l is not seen by the driver.
    return !SM.isInSystemHeader(Callee->getLocation());
  }
  if (!Opts.WholeProgram)
    return true;
  QualType FnType = calledFunctionType(CE);
  for (const FunctionDecl *F : AddressTakenList) {
    const FunctionDecl *Def = userDefinition(F);
    if (Def && Transformed.count(Def) && typesMatch(Ctx, FnType, F))
      return true;
  }
  return false;
}

/// Under --poll=recursive every function on a call-graph cycle polls at entry,
/// so a recursion without loops can still be stopped.
void MigratableAnalysis::markRecursion() {
  // Tarjan's SCC over direct and type-narrowed indirect edges.
  llvm::DenseMap<const FunctionDecl *, std::vector<const FunctionDecl *>> Succ;
  for (FunctionDecl *FD : UserFunctions) {
    auto &Out = Succ[FD->getCanonicalDecl()];
    for (const CallExpr *CE : Calls[FD->getCanonicalDecl()]) {
      if (const FunctionDecl *Callee = CE->getDirectCallee()) {
        if (const FunctionDecl *Def = userDefinition(Callee))
          Out.push_back(Def);
      } else if (CE->getBuiltinCallee() == 0) {
        QualType FnType = calledFunctionType(CE);
        for (const FunctionDecl *F : AddressTakenList)
          if (const FunctionDecl *Def = userDefinition(F))
            if (typesMatch(Ctx, FnType, F))
              Out.push_back(Def);
      }
    }
  }
  llvm::DenseMap<const FunctionDecl *, unsigned> Index, Low;
  llvm::DenseSet<const FunctionDecl *> OnStack;
  std::vector<const FunctionDecl *> Stack;
  unsigned Next = 0;
  std::function<void(const FunctionDecl *)> Visit = [&](const FunctionDecl *V) {
    Index[V] = Low[V] = Next++;
    Stack.push_back(V);
    OnStack.insert(V);
    for (const FunctionDecl *W : Succ[V]) {
      if (!Index.count(W)) {
        Visit(W);
        Low[V] = std::min(Low[V], Low[W]);
      } else if (OnStack.count(W)) {
        Low[V] = std::min(Low[V], Index[W]);
      }
    }
    if (Low[V] == Index[V]) {
      std::vector<const FunctionDecl *> SCC;
      const FunctionDecl *W;
      do {
        W = Stack.back();
        Stack.pop_back();
        OnStack.erase(W);
        SCC.push_back(W);
      } while (W != V);
      bool SelfLoop = false;
      for (const FunctionDecl *S : Succ[V])
        SelfLoop |= S == V;
      if (SCC.size() > 1 || SelfLoop)
        for (const FunctionDecl *F : SCC) {
          EntryPolls.insert(F);
          PollFunctions.insert(F);
        }
    }
  };
  for (FunctionDecl *FD : UserFunctions)
    if (!Index.count(FD->getCanonicalDecl()))
      Visit(FD->getCanonicalDecl());
}

void MigratableAnalysis::run() {
  collect();
  if (Opts.Poll == PollPolicy::Recursive)
    markRecursion();
  for (const FunctionDecl *F : PollFunctions)
    Transformed.insert(F);
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (FunctionDecl *FD : UserFunctions) {
      const FunctionDecl *Key = FD->getCanonicalDecl();
      if (Transformed.count(Key))
        continue;
      for (const CallExpr *CE : Calls[Key])
        if (callIsM(CE)) {
          Transformed.insert(Key);
          Changed = true;
          break;
        }
    }
  }
  for (const FunctionDecl *F : AddressTakenList)
    if (const FunctionDecl *Def = userDefinition(F); Def && Transformed.count(Def))
      TransformedAddressTaken = true;
}

bool MigratableAnalysis::isTransformed(const FunctionDecl *FD) const {
  return Transformed.count(FD->getCanonicalDecl());
}

bool MigratableAnalysis::isMCall(const CallExpr *CE) const { return callIsM(CE); }

bool MigratableAnalysis::isCallbackLibraryCall(const CallExpr *CE) const {
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (!Callee || CE->getBuiltinCallee() != 0 || userDefinition(Callee))
    return false;
  if (!Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
    return false;
  if (pthreadWrapper(Callee, Ctx.getSourceManager())) // the thread starts in the runtime
    return false;
  for (const Expr *Arg : CE->arguments()) {
    QualType T = Arg->IgnoreParenImpCasts()->getType();
    if (T->isFunctionType() || T->isFunctionPointerType())
      return true;
  }
  return false;
}

bool MigratableAnalysis::needsUnsafeBracket(const CallExpr *CE) const {
  if (CE->getDirectCallee())
    return isCallbackLibraryCall(CE);
  // Only a transformed function whose address is taken can be reached.
  return TransformedAddressTaken && CE->getBuiltinCallee() == 0 && Opts.WholeProgram &&
         !callIsM(CE);
}

} // namespace migpp
