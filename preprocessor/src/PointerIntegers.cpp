//===- PointerIntegers.cpp ------------------------------------------------===//
#include "PointerIntegers.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace migpp {
namespace {

/// The integer type T (or an array of integers) can be marked.
bool isIntegerStorage(const ASTContext &Ctx, QualType T) {
  QualType B = Ctx.getBaseElementType(T);
  return B->isIntegerType() && !B->isEnumeralType() && !B->isBooleanType();
}

class Finder : public RecursiveASTVisitor<Finder> {
public:
  Finder(ASTContext &Ctx, llvm::DenseSet<const Decl *> &Marks) : Ctx(Ctx), Marks(Marks) {}
  bool Changed = false;

  /// E's value may be an address (the rule in PointerIntegers.h).
  bool derived(const Expr *E) const {
    if (!E)
      return false;
    E = E->IgnoreParens();
    if (const auto *CE = dyn_cast<CastExpr>(E)) {
      if (CE->getCastKind() == CK_PointerToIntegral)
        return true;
      if (CE->getCastKind() == CK_IntegralCast || CE->getCastKind() == CK_NoOp ||
          CE->getCastKind() == CK_LValueToRValue)
        return derived(CE->getSubExpr());
      return false;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (!BO->getType()->isIntegerType())
        return false;
      bool L = derived(BO->getLHS()), R = derived(BO->getRHS());
      switch (BO->getOpcode()) {
      case BO_And: // `d & ~15` keeps an address, `d & 1` reads a tag
        return L != R && !smallConstant(L ? BO->getRHS() : BO->getLHS());
      case BO_Add:
      case BO_Or:
      case BO_Xor:
        return L != R;
      case BO_Sub:
        return L && !R;
      case BO_Comma:
      case BO_Assign:
        return R;
      default:
        return false;
      }
    }
    if (const auto *CO = dyn_cast<ConditionalOperator>(E))
      return derived(CO->getTrueExpr()) || derived(CO->getFalseExpr());
    if (const auto *CE = dyn_cast<CallExpr>(E))
      return CE->getDirectCallee() && marked(CE->getDirectCallee());
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
      return marked(storageOf(ASE->getBase()->IgnoreParenImpCasts()));
    return E->getType()->isIntegerType() && marked(storageOf(E));
  }

  /// E is a constant below 4096 (a tag mask, not an address mask).
  bool smallConstant(const Expr *E) const {
    Expr::EvalResult R;
    return E->EvaluateAsInt(R, Ctx) && R.Val.getInt().getZExtValue() < 4096;
  }

  /// The variable or field an lvalue names (an array element: its array).
  static const Decl *storageOf(const Expr *E) {
    E = E->IgnoreParens();
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E))
      return storageOf(ASE->getBase()->IgnoreParenImpCasts());
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        return VD->getCanonicalDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        return FD;
    return nullptr;
  }

  bool marked(const Decl *D) const {
    if (const auto *VD = dyn_cast_or_null<VarDecl>(D))
      D = VD->getCanonicalDecl();
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D))
      D = FD->getCanonicalDecl();
    return D && Marks.count(D);
  }

  void mark(const Decl *D) {
    if (!D)
      return;
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (!isIntegerStorage(Ctx, VD->getType()))
        return;
      D = VD->getCanonicalDecl();
    } else if (const auto *F = dyn_cast<FieldDecl>(D)) {
      if (!isIntegerStorage(Ctx, F->getType()) || F->isBitField() || F->getParent()->isUnion() ||
          Ctx.getSourceManager().isInSystemHeader(F->getLocation()))
        return;
    } else if (const auto *Fn = dyn_cast<FunctionDecl>(D)) {
      D = Fn->getCanonicalDecl();
    }
    if (Marks.insert(D).second)
      Changed = true;
  }

  /// Init gives its value to Owner (a variable or field of type T).
  void give(const Decl *Owner, QualType T, const Expr *Init) {
    if (!Init)
      return;
    const auto *ILE = dyn_cast<InitListExpr>(Init->IgnoreParens());
    if (!ILE) {
      if (derived(Init))
        mark(Owner);
      return;
    }
    if (ILE->isSyntacticForm() && ILE->getSemanticForm())
      ILE = ILE->getSemanticForm();
    if (const auto *RT = T->getAs<RecordType>()) {
      const RecordDecl *RD = RT->getDecl()->getDefinition();
      if (!RD || RD->isUnion())
        return;
      unsigned I = 0;
      for (const FieldDecl *F : RD->fields()) {
        if (I >= ILE->getNumInits())
          break;
        give(F, F->getType(), ILE->getInit(I++));
      }
      return;
    }
    if (const ArrayType *AT = Ctx.getAsArrayType(T))
      for (const Expr *El : ILE->inits())
        give(Owner, AT->getElementType(), El);
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (VD->hasInit())
      give(VD, VD->getType(), VD->getInit());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp() && BO->getOpcode() != BO_SubAssign && derived(BO->getRHS()))
      mark(storageOf(BO->getLHS()));
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return true;
    for (const FunctionDecl *R : FD->redecls())
      for (unsigned I = 0; I < CE->getNumArgs() && I < R->getNumParams(); ++I)
        if (derived(CE->getArg(I)))
          mark(R->getParamDecl(I));
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *RS) {
    if (Current && Current->getReturnType()->isIntegerType() && derived(RS->getRetValue()))
      mark(Current);
    return true;
  }
  bool TraverseFunctionDecl(FunctionDecl *FD) {
    const FunctionDecl *Saved = Current;
    Current = FD;
    bool R = RecursiveASTVisitor::TraverseFunctionDecl(FD);
    Current = Saved;
    return R;
  }

private:
  ASTContext &Ctx;
  llvm::DenseSet<const Decl *> &Marks;
  const FunctionDecl *Current = nullptr;
};

} // namespace

llvm::DenseSet<const Decl *> findPointerIntegers(ASTContext &Ctx, const MigratableAnalysis &MA) {
  llvm::DenseSet<const Decl *> Marks;
  // Flow-insensitive: repeat until nothing new is marked (each pass marks at
  // least one more declaration, so this ends; chains are short in practice).
  for (unsigned Pass = 0; Pass < 64; ++Pass) {
    Finder F(Ctx, Marks);
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (MA.isUserDecl(D))
        F.TraverseDecl(D);
    if (!F.Changed)
      break;
  }
  return Marks;
}

} // namespace migpp
