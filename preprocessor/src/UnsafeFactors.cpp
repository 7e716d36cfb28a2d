//===- UnsafeFactors.cpp --------------------------------------------------===//
#include "UnsafeFactors.h"
#include "PthreadCalls.h"
#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace migpp {
namespace {

bool unionHoldsPointer(QualType T) {
  T = T.getCanonicalType();
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    return unionHoldsPointer(AT->getElementType());
  const RecordType *RT = T->getAs<RecordType>();
  if (!RT || !RT->getDecl()->getDefinition())
    return false;
  const RecordDecl *RD = RT->getDecl()->getDefinition();
  if (isMigratableSyncRecord(RD))
    return false;
  for (const FieldDecl *F : RD->fields()) {
    QualType FT = F->getType().getCanonicalType();
    if (RD->isUnion() && (FT->isPointerType() || FT->isFunctionPointerType()))
      return true;
    if (unionHoldsPointer(FT))
      return true;
  }
  return false;
}

/// Library functions whose returned pointer points into memory the caller
/// passed in (or the heap, handled separately): not an unsafe factor.
const llvm::StringSet<> &pointerIntoArgument() {
  static const llvm::StringSet<> S = {"strchr",
                                      "strrchr",
                                      "strstr",
                                      "strpbrk",
                                      "memchr",
                                      "memrchr",
                                      "rawmemchr",
                                      "memcpy",
                                      "memmove",
                                      "memset",
                                      "mempcpy",
                                      "strcpy",
                                      "strncpy",
                                      "strcat",
                                      "strncat",
                                      "stpcpy",
                                      "stpncpy",
                                      "strtok",
                                      "strtok_r",
                                      "strsep",
                                      "fgets",
                                      "gets",
                                      "strchrnul",
                                      "basename",
                                      "index",
                                      "rindex",
                                      "strcasestr",
                                      "malloc",
                                      "calloc",
                                      "realloc",
                                      "strdup",
                                      "strndup",
                                      "aligned_alloc",
                                      "memalign",
                                      "valloc",
                                      "__errno_location",
                                      "__ctype_b_loc",
                                      "__ctype_tolower_loc",
                                      "__ctype_toupper_loc"};
  return S;
}

class UnsafeVisitor : public RecursiveASTVisitor<UnsafeVisitor> {
public:
  UnsafeVisitor(ASTContext &Ctx, const MigratableAnalysis &MA) : Ctx(Ctx), MA(MA) {}

  void warn(SourceLocation L, llvm::StringRef Msg) {
    DiagnosticsEngine &D = Ctx.getDiagnostics();
    D.Report(L, D.getCustomDiagID(DiagnosticsEngine::Warning, "%0 [-Wmig-unsafe]")) << Msg;
  }

  bool VisitCastExpr(CastExpr *CE) {
    if (CE->getCastKind() == CK_PointerToIntegral)
      warn(CE->getBeginLoc(), "pointer converted to an integer: translated at a "
                              "checkpoint only while it is kept in a long-sized "
                              "variable, parameter or field this unit gives it to");
    else if (CE->getCastKind() == CK_IntegralToPointer)
      warn(CE->getBeginLoc(), "integer converted to a pointer: the value may not "
                              "point at the same object after migration");
    return true;
  }
  bool VisitGCCAsmStmt(GCCAsmStmt *S) {
    warn(S->getBeginLoc(), "inline assembly is not portable across architectures");
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (!MA.isUserDecl(VD))
      return true;
    if (unionHoldsPointer(VD->getType()))
      warn(VD->getLocation(), "'" + VD->getName().str() +
                                  "' is a union holding a pointer: at a checkpoint "
                                  "its pointer members are judged by value (an "
                                  "integer member equal to an object's address "
                                  "would be re-based)");
    if (CurrentFunction && MA.isTransformed(CurrentFunction) &&
        mig::isVaListType(Ctx, VD->getType()))
      warn(VD->getLocation(), "va_list '" + VD->getName().str() +
                                  "' points into the C stack: a checkpoint taken "
                                  "while it is live will be refused");
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getIdentifier())
      return true;
    llvm::StringRef Name = FD->getName();
    if (Name == "setjmp" || Name == "_setjmp" || Name == "sigsetjmp" || Name == "__sigsetjmp" ||
        Name == "longjmp" || Name == "_longjmp" || Name == "siglongjmp")
      warn(CE->getBeginLoc(), "setjmp/longjmp jump across frames the runtime "
                              "unwinds and rewinds");
    else if (Name == "sigset" || Name == "sysv_signal")
      warn(CE->getBeginLoc(), "a signal handler installed with '" + Name.str() +
                                  "' runs outside the runtime's trampoline: a poll "
                                  "point reached in it could be taken as a safe point "
                                  "(use signal or sigaction)");
    else if (Ctx.getSourceManager().isInSystemHeader(FD->getLocation()) &&
             CE->getType()->isPointerType() && !CE->getType()->isFunctionPointerType() &&
             !pointerIntoArgument().count(Name))
      warn(CE->getBeginLoc(), "'" + Name.str() +
                                  "' returns a pointer into library memory the "
                                  "runtime cannot see: a checkpoint with it live "
                                  "will be refused");
    return true;
  }
  bool TraverseFunctionDecl(FunctionDecl *FD) {
    const FunctionDecl *Saved = CurrentFunction;
    CurrentFunction = FD;
    bool R = RecursiveASTVisitor::TraverseFunctionDecl(FD);
    CurrentFunction = Saved;
    return R;
  }

private:
  ASTContext &Ctx;
  const MigratableAnalysis &MA;
  const FunctionDecl *CurrentFunction = nullptr;
};

} // namespace

void reportUnsafeFactors(ASTContext &Ctx, const MigratableAnalysis &MA) {
  UnsafeVisitor V(Ctx, MA);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (MA.isUserDecl(D))
      V.TraverseDecl(D);
}

} // namespace migpp
