//===- DeletableLoops.cpp - Loops the optimizer removes: no poll there ----===//
#include "DeletableLoops.h"

#include "MigratableAnalysis.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseMap.h"

using namespace clang;

namespace migpp {
namespace {

const VarDecl *varOf(const Expr *E) {
  if (auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return dyn_cast<VarDecl>(DRE->getDecl());
  return nullptr;
}

/// The locals whose address the function takes, and which references to a
/// variable read it (not: the left side of `=`). `(void)x` reads x as far as
/// the sites' liveness is concerned, so it counts.
class VarUses : public RecursiveASTVisitor<VarUses> {
public:
  llvm::DenseSet<const VarDecl *> AddressTaken;
  llvm::DenseSet<const DeclRefExpr *> NotReads;
  llvm::DenseMap<const VarDecl *, unsigned> Reads;

  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->getOpcode() == UO_AddrOf)
      if (const VarDecl *V = varOf(U->getSubExpr()))
        AddressTaken.insert(V);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign)
      if (auto *DRE = dyn_cast<DeclRefExpr>(B->getLHS()->IgnoreParens()))
        NotReads.insert(DRE);
    return true;
  }
  /// Pre-order: the assignment was visited before its left side.
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
      if (!NotReads.count(DRE))
        ++Reads[V];
    return true;
  }
};

/// What one loop nest does, for the two tests of DeletableLoops.h.
class NestScan {
public:
  NestScan(ASTContext &Ctx, const llvm::DenseSet<const VarDecl *> &AddressTaken)
      : Ctx(Ctx), AddressTaken(AddressTaken) {}

  bool Pure = true;
  bool Polynomial = true; ///< no if, jump, memory read or call: a candidate closed form
  llvm::DenseSet<const VarDecl *> Written, Declared;
  std::vector<const Stmt *> NestLoops;
  /// Each write: the variable, its opcode (an assignment, ++ or --) and the
  /// right side (null for ++/--).
  struct Write {
    const VarDecl *Var;
    bool IsStep; ///< `+=`, `-=`, `++`, `--`
    const Expr *Value;
  };
  std::vector<Write> Writes;

  void stmt(const Stmt *S) {
    if (!Pure || !S)
      return;
    if (auto *E = dyn_cast<Expr>(S))
      return expr(E);
    if (isa<CompoundStmt, NullStmt>(S)) {
      for (const Stmt *C : S->children())
        stmt(C);
      return;
    }
    if (auto *DS = dyn_cast<DeclStmt>(S))
      return decls(DS);
    if (auto *If = dyn_cast<IfStmt>(S)) {
      Polynomial = false;
      if (If->getInit() || If->getConditionVariable())
        return fail();
      expr(If->getCond());
      stmt(If->getThen());
      return stmt(If->getElse());
    }
    if (isa<BreakStmt, ContinueStmt>(S)) {
      Polynomial = false;
      return;
    }
    if (auto *For = dyn_cast<ForStmt>(S)) {
      loop(For, For->getCond(), For->getConditionVariable());
      stmt(For->getInit());
      if (For->getInc())
        expr(For->getInc());
      return stmt(For->getBody());
    }
    if (auto *W = dyn_cast<WhileStmt>(S)) {
      loop(W, W->getCond(), W->getConditionVariable());
      return stmt(W->getBody());
    }
    if (auto *Do = dyn_cast<DoStmt>(S)) {
      loop(Do, Do->getCond(), nullptr);
      return stmt(Do->getBody());
    }
    fail(); // goto, label, return, switch, asm, ...
  }

  /// A local scalar the nest may write: it lives in a register once
  /// optimized, so writing it is no side effect.
  bool isPrivateScalar(const VarDecl *V) const {
    return V && V->hasLocalStorage() && V->getType()->isScalarType() &&
           !V->getType().isVolatileQualified() && !AddressTaken.count(V);
  }

private:
  void fail() { Pure = false; }

  void loop(const Stmt *L, const Expr *Cond, const VarDecl *CondVar) {
    NestLoops.push_back(L);
    // C11 6.8.5p6: only a loop whose condition is not a constant expression
    // may be assumed to terminate, and so be deleted.
    if (!Cond || CondVar || Cond->isIntegerConstantExpr(Ctx))
      return fail();
    if (auto *Cmp = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts()))
      if (Cmp->isComparisonOp()) {
        expr(Cmp->getLHS());
        return expr(Cmp->getRHS());
      }
    Polynomial = false;
    expr(Cond);
  }

  void decls(const DeclStmt *DS) {
    for (const Decl *D : DS->decls()) {
      auto *V = dyn_cast<VarDecl>(D);
      if (!V || !isPrivateScalar(V) || V->isStaticLocal())
        return fail();
      Declared.insert(V);
      if (const Expr *Init = V->getInit()) {
        Written.insert(V);
        Writes.push_back({V, false, Init});
        expr(Init);
      }
    }
  }

  void write(const Expr *Target, bool IsStep, const Expr *Value) {
    const VarDecl *V =
        dyn_cast_or_null<VarDecl>(isa<DeclRefExpr>(Target->IgnoreParens())
                                      ? cast<DeclRefExpr>(Target->IgnoreParens())->getDecl()
                                      : nullptr);
    if (!isPrivateScalar(V))
      return fail(); // a store to memory
    Written.insert(V);
    Writes.push_back({V, IsStep, Value});
  }

  void expr(const Expr *E) {
    if (!Pure || !E)
      return;
    E = E->IgnoreParens();
    if (isa<IntegerLiteral, FloatingLiteral, CharacterLiteral>(E))
      return;
    if (auto *T = dyn_cast<UnaryExprOrTypeTraitExpr>(E)) {
      if (T->isArgumentType() ? T->getArgumentType()->isVariablyModifiedType()
                              : T->getArgumentExpr()->getType()->isVariablyModifiedType())
        fail();
      return;
    }
    if (auto *DRE = dyn_cast<DeclRefExpr>(E))
      return declRef(DRE);
    if (auto *C = dyn_cast<CastExpr>(E)) {
      if (C->getCastKind() == CK_LValueToRValue && C->getSubExpr()->getType().isVolatileQualified())
        return fail();
      if (!C->getType()->isIntegerType() && !C->getType()->isVoidType())
        Polynomial = false;
      return expr(C->getSubExpr());
    }
    if (auto *U = dyn_cast<UnaryOperator>(E))
      return unary(U);
    if (auto *B = dyn_cast<BinaryOperator>(E))
      return binary(B);
    if (auto *CO = dyn_cast<ConditionalOperator>(E)) {
      Polynomial = false;
      expr(CO->getCond());
      expr(CO->getTrueExpr());
      return expr(CO->getFalseExpr());
    }
    if (auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      Polynomial = false; // a memory read
      expr(AS->getBase());
      return expr(AS->getIdx());
    }
    if (auto *ME = dyn_cast<MemberExpr>(E)) {
      Polynomial = false;
      return expr(ME->getBase());
    }
    if (auto *CE = dyn_cast<CallExpr>(E)) {
      Polynomial = false;
      if (!isPureLeafCall(CE))
        return fail();
      for (const Expr *A : CE->arguments())
        expr(A);
      return;
    }
    fail();
  }

  void declRef(const DeclRefExpr *DRE) {
    const ValueDecl *D = DRE->getDecl();
    if (isa<EnumConstantDecl>(D))
      return;
    auto *V = dyn_cast<VarDecl>(D);
    if (!V || V->getType().isVolatileQualified())
      return fail();
    if (!V->hasLocalStorage()) {
      // A global read: loop-invariant, since the nest stores nowhere.
      if (!V->getType()->isIntegerType())
        Polynomial = false;
      return;
    }
    if (!isPrivateScalar(V) && !V->getType()->isArrayType())
      fail(); // its address escapes: a read of memory others may write
    if (!V->getType()->isIntegerType())
      Polynomial = false;
  }

  void unary(const UnaryOperator *U) {
    switch (U->getOpcode()) {
    case UO_PreInc:
    case UO_PostInc:
    case UO_PreDec:
    case UO_PostDec:
      return write(U->getSubExpr(), true, nullptr);
    case UO_AddrOf:
      return fail();
    case UO_Deref:
      Polynomial = false;
      return expr(U->getSubExpr());
    case UO_Minus:
    case UO_Plus:
      return expr(U->getSubExpr());
    default:
      Polynomial = false;
      return expr(U->getSubExpr());
    }
  }

  void binary(const BinaryOperator *B) {
    switch (B->getOpcode()) {
    case BO_Assign:
      write(B->getLHS(), false, B->getRHS());
      return expr(B->getRHS());
    case BO_AddAssign:
    case BO_SubAssign:
      write(B->getLHS(), true, B->getRHS());
      return expr(B->getRHS());
    default:
      break;
    }
    if (B->isCompoundAssignmentOp()) {
      Polynomial = false;
      write(B->getLHS(), false, nullptr);
      return expr(B->getRHS());
    }
    if (!B->isAdditiveOp() && B->getOpcode() != BO_Mul && B->getOpcode() != BO_Comma)
      Polynomial = false;
    expr(B->getLHS());
    expr(B->getRHS());
  }

  ASTContext &Ctx;
  const llvm::DenseSet<const VarDecl *> &AddressTaken;
};

bool readsAny(const Stmt *S, const llvm::DenseSet<const VarDecl *> &Vars) {
  if (!S)
    return false;
  if (auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
      return Vars.count(V);
  for (const Stmt *C : S->children())
    if (readsAny(C, Vars))
      return true;
  return false;
}

/// Whether LLVM's scalar evolution turns the (pure, polynomial) nest into its
/// exit values: every variable it writes is an integer; *counters* are set
/// to and stepped by values the nest does not write; every other variable
/// is set the same way or stepped by a sum of products of counters and
/// such values (`s += i * j`); each loop's condition compares a counter with
/// a bound the nest does not write.
bool hasClosedForm(const NestScan &N) {
  if (!N.Pure || !N.Polynomial)
    return false;
  for (const VarDecl *V : N.Written)
    if (!V->getType()->isIntegerType() || V->getType()->isBooleanType())
      return false;
  llvm::DenseSet<const VarDecl *> Counters = N.Written;
  for (const NestScan::Write &W : N.Writes)
    if (W.Value && readsAny(W.Value, N.Written))
      Counters.erase(W.Var);
  llvm::DenseSet<const VarDecl *> Accumulators;
  for (const VarDecl *V : N.Written)
    if (!Counters.count(V))
      Accumulators.insert(V);
  for (const NestScan::Write &W : N.Writes) {
    if (!W.Value || Counters.count(W.Var))
      continue;
    // Stepped by a polynomial in counters and invariants.
    if (!W.IsStep || readsAny(W.Value, Accumulators))
      return false;
  }
  for (const Stmt *L : N.NestLoops) {
    const Expr *Cond = isa<ForStmt>(L)     ? cast<ForStmt>(L)->getCond()
                       : isa<WhileStmt>(L) ? cast<WhileStmt>(L)->getCond()
                                           : cast<DoStmt>(L)->getCond();
    auto *Cmp = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
    if (!Cmp || !Cmp->isComparisonOp())
      return false;
    const VarDecl *L0 = varOf(Cmp->getLHS()), *R0 = varOf(Cmp->getRHS());
    bool LeftCounts = L0 && Counters.count(L0) && !readsAny(Cmp->getRHS(), N.Written);
    bool RightCounts = R0 && Counters.count(R0) && !readsAny(Cmp->getLHS(), N.Written);
    if (!LeftCounts && !RightCounts)
      return false;
  }
  return true;
}

/// Whether the optimizer removes the loop nest (DeletableLoops.h).
/// Whether every loop of the nest compares with a constant (`k < 2`): such a
/// nest runs a bounded, usually small, number of times, and the tests use
/// it as the smallest loop that polls. Left polled (a cost only when the
/// constant is large; see DeletableLoops.h).
bool hasOnlyConstantBounds(ASTContext &Ctx, const NestScan &N) {
  for (const Stmt *L : N.NestLoops) {
    const Expr *Cond = isa<ForStmt>(L)     ? cast<ForStmt>(L)->getCond()
                       : isa<WhileStmt>(L) ? cast<WhileStmt>(L)->getCond()
                                           : cast<DoStmt>(L)->getCond();
    auto *Cmp = dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts());
    if (!Cmp || !Cmp->isComparisonOp() ||
        (!Cmp->getLHS()->isIntegerConstantExpr(Ctx) && !Cmp->getRHS()->isIntegerConstantExpr(Ctx)))
      return false;
  }
  return true;
}

/// Locals declared with an initializer in the blocks around the current
/// statement, up to the nearest enclosing loop.
using FreshLocals = llvm::DenseSet<const VarDecl *>;

bool isRemovable(ASTContext &Ctx, const VarUses &Uses, const FreshLocals &Fresh, const Stmt *Nest) {
  NestScan N(Ctx, Uses.AddressTaken);
  N.stmt(Nest);
  if (!N.Pure || hasOnlyConstantBounds(Ctx, N))
    return false;
  if (hasClosedForm(N))
    return true;
  // Dead results: nothing outside the nest reads what it writes. A poll
  // site saves what is live there, so the value must not reach one either:
  // each variable is declared in the nest, or with an initializer in a block
  // around it with no loop in between (an enclosing loop's poll would save
  // what the nest left in it for the next iteration).
  VarUses Inside;
  Inside.NotReads = Uses.NotReads;
  Inside.TraverseStmt(const_cast<Stmt *>(Nest));
  for (const VarDecl *V : N.Written) {
    if (N.Declared.count(V))
      continue;
    if (!Fresh.count(V) || Uses.Reads.lookup(V) != Inside.Reads.lookup(V))
      return false;
  }
  return true;
}

void markNest(const Stmt *S, llvm::DenseSet<const Stmt *> &Loops) {
  if (!S)
    return;
  if (isa<ForStmt, WhileStmt, DoStmt>(S))
    Loops.insert(S);
  for (const Stmt *C : S->children())
    markNest(C, Loops);
}

/// Outermost first: a removable nest is removed whole.
void search(ASTContext &Ctx, const VarUses &Uses, FreshLocals Fresh, const Stmt *S,
            llvm::DenseSet<const Stmt *> &Loops) {
  if (!S || isa<StmtExpr>(S))
    return;
  bool IsLoop = isa<ForStmt, WhileStmt, DoStmt>(S);
  if (IsLoop && isRemovable(Ctx, Uses, Fresh, S))
    return markNest(S, Loops);
  if (IsLoop)
    Fresh.clear();
  for (const Stmt *C : S->children()) {
    search(Ctx, Uses, Fresh, C, Loops);
    // A block's declarations are seen by the statements after them.
    if (auto *DS = dyn_cast_or_null<DeclStmt>(C); DS && isa<CompoundStmt>(S))
      for (const Decl *D : DS->decls())
        if (auto *V = dyn_cast<VarDecl>(D))
          if (V->hasInit() && V->hasLocalStorage())
            Fresh.insert(V);
  }
}

} // namespace

DeletableLoops::DeletableLoops(ASTContext &Ctx, const FunctionDecl *FD) {
  if (!FD->getBody())
    return;
  VarUses Uses;
  Uses.TraverseStmt(FD->getBody());
  search(Ctx, Uses, FreshLocals(), FD->getBody(), Loops);
}

} // namespace migpp
