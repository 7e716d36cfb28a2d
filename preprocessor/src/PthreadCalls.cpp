//===- PthreadCalls.cpp ---------------------------------------------------===//
#include "PthreadCalls.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <set>

using namespace clang;

namespace migpp {
namespace {

struct Wrapped {
  const char *Name, *Wrapper;
  bool Migratable; ///< may block: a site the thread can stop at
};
const Wrapped WrappedFns[] = {
    {"pthread_create", "__mig_pthread_create", false},
    {"pthread_join", "__mig_pthread_join", true},
    {"pthread_detach", "__mig_pthread_detach", false},
    {"pthread_self", "__mig_pthread_self", false},
    {"pthread_equal", "__mig_pthread_equal", false},
    {"pthread_exit", "__mig_pthread_exit", false},
    {"pthread_kill", "__mig_pthread_kill", false},
    {"pthread_mutex_lock", "__mig_mutex_lock", true},
    {"pthread_mutex_trylock", "__mig_mutex_trylock", false},
    {"pthread_mutex_timedlock", "__mig_mutex_timedlock", false},
    {"pthread_mutex_unlock", "__mig_mutex_unlock", false},
    {"pthread_cond_init", "__mig_cond_init", false},
    {"pthread_cond_destroy", "__mig_cond_destroy", false},
    {"pthread_cond_signal", "__mig_cond_signal", false},
    {"pthread_cond_broadcast", "__mig_cond_broadcast", false},
    {"pthread_cond_wait", "__mig_cond_wait", true},
    {"pthread_cond_timedwait", "__mig_cond_timedwait", true},
};

const Wrapped *wrapped(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD || !FD->getIdentifier() || !SM.isInSystemHeader(FD->getLocation()))
    return nullptr;
  for (const Wrapped &W : WrappedFns)
    if (FD->getName() == W.Name)
      return &W;
  return nullptr;
}

/// Whether T is, or points to, a typedef named Name (through sugar).
bool mentionsTypedef(const ASTContext &Ctx, QualType T, llvm::StringRef Name) {
  for (QualType Cur = T; !Cur.isNull();) {
    if (const auto *TT = dyn_cast<TypedefType>(Cur.getTypePtr()))
      if (TT->getDecl()->getName() == Name)
        return true;
    if (const auto *PT = dyn_cast<PointerType>(Cur.getTypePtr()))
      return mentionsTypedef(Ctx, PT->getPointeeType(), Name);
    QualType D = Cur.getSingleStepDesugaredType(Ctx);
    if (D == Cur)
      break;
    Cur = D;
  }
  return false;
}

/// Why a pthread function that is not wrapped cannot be used, or "".
std::string unsupportedReason(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD || !FD->getIdentifier() || !SM.isInSystemHeader(FD->getLocation()) ||
      !FD->getName().starts_with("pthread_") || wrapped(FD, SM))
    return "";
  llvm::StringRef N = FD->getName();
  if (N.starts_with("pthread_cond_"))
    return "condition variables are the runtime's own (use pthread_cond_wait, "
           "pthread_cond_timedwait, pthread_cond_signal, pthread_cond_broadcast)";
  if (N == "pthread_mutex_clocklock")
    return "it would take a mutex behind the runtime's record of held mutexes "
           "(use pthread_mutex_lock or pthread_mutex_timedlock)";
  const ASTContext &Ctx = FD->getASTContext();
  bool Handle = mentionsTypedef(Ctx, FD->getReturnType(), "pthread_t");
  for (const ParmVarDecl *P : FD->parameters())
    Handle |= mentionsTypedef(Ctx, P->getType(), "pthread_t");
  if (Handle)
    return "thread handles are virtual (pthread_create, pthread_join, pthread_detach, "
           "pthread_self, pthread_equal, pthread_kill and pthread_exit are supported)";
  return "";
}

class PthreadFinder : public RecursiveASTVisitor<PthreadFinder> {
public:
  std::vector<DeclRefExpr *> Refs;
  std::set<const DeclRefExpr *> Callees;
  bool VisitCallExpr(CallExpr *CE) {
    if (auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
      Callees.insert(DRE);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (isa<FunctionDecl>(DRE->getDecl()))
      Refs.push_back(DRE);
    return true;
  }
};

} // namespace

const char *pthreadWrapper(const FunctionDecl *FD, const SourceManager &SM) {
  const Wrapped *W = wrapped(FD, SM);
  return W ? W->Wrapper : nullptr;
}

bool isMigratablePthreadCall(const FunctionDecl *FD, const SourceManager &SM) {
  const Wrapped *W = wrapped(FD, SM);
  return W && W->Migratable;
}

bool isMigratableSyncRecord(const RecordDecl *RD) {
  const TypedefNameDecl *TD = RD ? RD->getTypedefNameForAnonDecl() : nullptr;
  return TD && (TD->getName() == "pthread_mutex_t" || TD->getName() == "pthread_cond_t");
}

void rewritePthreadCalls(const MigratableAnalysis &MA, SourceHelper &SH) {
  const SourceManager &SM = SH.Ctx.getSourceManager();
  for (FunctionDecl *FD : MA.userFunctions()) {
    PthreadFinder PF;
    PF.TraverseStmt(FD->getBody());
    for (DeclRefExpr *DRE : PF.Refs) {
      const auto *Callee = cast<FunctionDecl>(DRE->getDecl());
      std::string Why = unsupportedReason(Callee, SM);
      if (!Why.empty()) {
        SH.error(DRE->getLocation(),
                 "'" + Callee->getName().str() + "' is not supported by migcc: " + Why);
        continue;
      }
      const char *Wrapper = pthreadWrapper(Callee, SM);
      if (!Wrapper)
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      std::string Text = Wrapper;
      // The wrappers spell pthread types as void * / unsigned long: a
      // function pointer keeps the type of the function it replaces.
      if (!PF.Callees.count(DRE))
        Text = "((__typeof__(&" + Callee->getName().str() + "))" + Text + ")";
      SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), Text);
    }
  }
}

} // namespace migpp
