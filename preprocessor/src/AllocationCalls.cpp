//===- AllocationCalls.cpp ------------------------------------------------===//
//
// See AllocationCalls.h.
//
//===----------------------------------------------------------------------===//
#include "AllocationCalls.h"
#include "CallsAndRefs.h"

#include "clang/AST/ParentMap.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace migpp {

namespace {
struct AllocFn {
  const char *Name;
  const char *Typed;   ///< runtime call with an element type, or null
  const char *Untyped; ///< same signature as libc's
  int SizeArg;         ///< argument holding the size (-1: none)
};
const AllocFn AllocFns[] = {
    {"malloc", "__mig_malloc", "__mig_malloc_untyped", 0},
    {"calloc", "__mig_calloc", "__mig_calloc_untyped", 1},
    {"realloc", "__mig_realloc", "__mig_realloc_untyped", 1},
    {"aligned_alloc", "__mig_aligned_alloc", nullptr, 1},
    {"memalign", "__mig_aligned_alloc", nullptr, 1},
    {"valloc", "__mig_valloc", nullptr, 0},
    {"pvalloc", "__mig_pvalloc", nullptr, 0},
    {"reallocarray", "__mig_reallocarray", nullptr, 2},
    {"asprintf", nullptr, "__mig_asprintf", -1},
    {"vasprintf", nullptr, "__mig_vasprintf", -1},
    {"posix_memalign", "__mig_posix_memalign", nullptr, 2},
    {"strdup", nullptr, "__mig_strdup", -1},
    {"strndup", nullptr, "__mig_strndup", -1},
    {"free", nullptr, "__mig_free", -1},
    {"getline", nullptr, "__mig_getline", -1},
    {"getdelim", nullptr, "__mig_getdelim", -1},
    {"realpath", nullptr, "__mig_realpath", -1},
    {"canonicalize_file_name", nullptr, "__mig_canonicalize_file_name", -1},
    {"get_current_dir_name", nullptr, "__mig_get_current_dir_name", -1},
    {"scandir", nullptr, "__mig_scandir", -1},
    {"open_memstream", nullptr, "__mig_open_memstream", -1},
    // Not allocations, replaced the same way: handlers run through the
    // runtime's trampoline (user_signals.c), never as safe points.
    {"signal", nullptr, "__mig_signal", -1},
    {"bsd_signal", nullptr, "__mig_signal", -1},
    {"sigaction", nullptr, "__mig_sigaction", -1},
};

const AllocFn *allocFn(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD || !FD->getIdentifier())
    return nullptr;
  if (!SM.isInSystemHeader(FD->getLocation()) && !FD->getBuiltinID())
    return nullptr;
  // __builtin_malloc and the like are the library's functions too.
  llvm::StringRef Name = FD->getName();
  if (FD->getBuiltinID())
    Name.consume_front("__builtin_");
  for (const AllocFn &A : AllocFns)
    if (Name == A.Name)
      return &A;
  return nullptr;
}

/// The type T of the first `sizeof(T)` / `sizeof expr` in a size expression.
QualType sizeofType(const Expr *E) {
  if (!E)
    return QualType();
  E = E->IgnoreParenImpCasts();
  if (auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(E))
    if (U->getKind() == UETT_SizeOf)
      return U->getTypeOfArgument();
  for (const Stmt *C : E->children())
    if (auto *CE = dyn_cast_or_null<Expr>(C)) {
      QualType T = sizeofType(CE);
      if (!T.isNull())
        return T;
    }
  return QualType();
}

/// The type the value of call CE is converted to where it is used: the cast
/// type, the assigned variable's or the declared variable's type; null
/// when CE's value goes elsewhere (an argument, a return, a comparison).
QualType destinationType(ParentMap &PM, const CallExpr *CE) {
  const Stmt *P = PM.getParentIgnoreParenImpCasts(const_cast<CallExpr *>(CE));
  if (auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(P))
    return Cast->getType();
  if (auto *BO = dyn_cast_or_null<BinaryOperator>(P); BO && BO->isAssignmentOp())
    return BO->getLHS()->getType();
  if (auto *DS = dyn_cast_or_null<DeclStmt>(P))
    for (Decl *D : DS->decls())
      if (auto *VD = dyn_cast<VarDecl>(D);
          VD && VD->getInit() && VD->getInit()->IgnoreParenImpCasts() == CE)
        return VD->getType();
  return QualType();
}

/// Every `sizeof(T)` / `sizeof expr` operand type in E.
void collectSizeofTypes(const Expr *E, std::vector<QualType> &Out) {
  if (!E)
    return;
  E = E->IgnoreParenImpCasts();
  if (auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(E)) {
    if (U->getKind() == UETT_SizeOf)
      Out.push_back(U->getTypeOfArgument());
    return;
  }
  for (const Stmt *C : E->children())
    if (auto *CE = dyn_cast_or_null<Expr>(C))
      collectSizeofTypes(CE, Out);
}

/// The element type a block returned by a call to a program's own function
/// returning `void *` (an allocation wrapper, a pool) gets at run time: T
/// when the result becomes a `T *` (assigned, declared or cast) and every
/// sizeof in the call's arguments is sizeof(T) (at least one):
/// `n = xalloc(sizeof *n)`, `(struct pt *)pool_alloc(4 * sizeof(struct pt))`,
/// `v = xrealloc(v, n * sizeof *v)`. Without that evidence the block stays
/// untyped (the conservative scan): a size computed elsewhere (Lua's
/// `luaM_newobject(L, tt, sz)` cast to its common header) or a header
/// followed by other data (`sizeof *h + n * sizeof(void *)`) would type the
/// rest of the block wrongly. Null when the call gets no type.
QualType wrapperResultType(ParentMap &PM, const CallExpr *CE, const SourceManager &SM) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || allocFn(FD, SM) || SM.isInSystemHeader(FD->getLocation()) || FD->getBuiltinID())
    return QualType();
  QualType R = FD->getReturnType();
  if (!R->isPointerType() || !R->getPointeeType()->isVoidType())
    return QualType();
  QualType Dest = destinationType(PM, CE);
  if (Dest.isNull() || !Dest->isPointerType())
    return QualType();
  QualType T = Dest->getPointeeType().getUnqualifiedType();
  if (T->isVoidType() || T->isIncompleteType() || T->isCharType() || T->isFunctionType() ||
      T->isVariablyModifiedType())
    return QualType();
  std::vector<QualType> Sizes;
  for (const Expr *A : CE->arguments())
    collectSizeofTypes(A, Sizes);
  ASTContext &Ctx = FD->getASTContext();
  if (Sizes.empty())
    return QualType();
  for (QualType S : Sizes)
    if (!Ctx.hasSameUnqualifiedType(S, T))
      return QualType();
  return T;
}

/// A call whose result types its heap block (wrapperResultType) becomes
/// `__mig_heap_type(call, &T)`: the runtime types the block the value
/// starts, if it is a still untyped heap block (heap.c).
void typeWrapperResult(SourceHelper &SH, mig::TypeDescriptorEmitter &Types, ParentMap &PM,
                       const CallExpr *CE) {
  QualType T = wrapperResultType(PM, CE, SH.Ctx.getSourceManager());
  if (T.isNull())
    return;
  auto R = Types.describe(T);
  if (!R)
    return;
  SH.Edits.open(SH.offset(CE->getBeginLoc()), "__mig_heap_type(");
  unsigned RP = SH.offset(CE->getRParenLoc());
  SH.Edits.replace(RP, RP + 1, "), " + R->Type + ")");
}

} // namespace

void rewriteAllocationCalls(const MigratableAnalysis &MA, SourceHelper &SH,
                            mig::TypeDescriptorEmitter &Types) {
  ASTContext &Ctx = SH.Ctx;
  SourceEdits &Edits = SH.Edits;
  const SourceManager &SM = Ctx.getSourceManager();
  for (FunctionDecl *FD : MA.userFunctions()) {
    CallsAndRefs AF(FD->getBody());
    ParentMap PM(FD->getBody());
    for (CallExpr *CE : AF.Calls) {
      auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts());
      const AllocFn *A = DRE ? allocFn(CE->getDirectCallee(), SM) : nullptr;
      if (!A) {
        if (DRE)
          typeWrapperResult(SH, Types, PM, CE);
        continue;
      }
      unsigned B = SH.offset(DRE->getLocation());
      if (!A->Typed) {
        Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Untyped);
        continue;
      }
      // Element type: sizeof(T) in the size, else the pointer it becomes.
      QualType Elem;
      if (A->SizeArg >= 0 && (unsigned)A->SizeArg < CE->getNumArgs())
        Elem = sizeofType(CE->getArg(A->SizeArg));
      if (Elem.isNull() && llvm::StringRef(A->Name) == "calloc" && CE->getNumArgs() > 0)
        Elem = sizeofType(CE->getArg(0)); // calloc(sizeof(T), n)
      {
        QualType Dest = destinationType(PM, CE);
        // The sizeof operand names the type, unless the destination is a
        // pointer to pointers and the operand is not a pointer:
        // `(double **)malloc(sizeof(double) * n)` holds pointers, which must
        // be re-based on restore.
        if (!Dest.isNull() && Dest->isPointerType()) {
          QualType DP = Dest->getPointeeType();
          if (Elem.isNull() || (DP->isPointerType() && !Elem->isPointerType()))
            Elem = DP;
        }
      }
      std::string Desc = "0";
      if (!Elem.isNull() && !Elem->isVoidType() && !Elem->isIncompleteType() &&
          !Elem->isCharType()) {
        if (auto R = Types.describe(Elem.getUnqualifiedType()))
          Desc = R->Type;
      }
      Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Typed);
      unsigned RP = SH.offset(CE->getRParenLoc());
      Edits.replace(RP, RP + 1, ", " + Desc + ")");
    }
    for (DeclRefExpr *DRE : AF.Refs) {
      if (AF.Callees.count(DRE))
        continue;
      const AllocFn *A = allocFn(dyn_cast<FunctionDecl>(DRE->getDecl()), SM);
      if (!A || !A->Untyped)
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Untyped);
    }
  }
  // File-scope initializers (`static void *(*grow)(void *, size_t) = realloc;`):
  // a libc realloc or free reached through them would be handed the
  // runtime's blocks, which only the runtime's wrappers may take.
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !VD->getInit() || !MA.isUserDecl(VD))
      continue;
    CallsAndRefs AF(VD->getInit());
    for (DeclRefExpr *DRE : AF.Refs) {
      const AllocFn *A = allocFn(dyn_cast<FunctionDecl>(DRE->getDecl()), SM);
      if (!A || !A->Untyped)
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Untyped);
    }
  }
}

bool replacedByRuntime(const FunctionDecl *FD, const SourceManager &SM) {
  return allocFn(FD, SM) != nullptr;
}

const char *untypedWrapper(const FunctionDecl *FD, const SourceManager &SM) {
  const AllocFn *A = allocFn(FD, SM);
  return A ? A->Untyped : nullptr;
}

} // namespace migpp
