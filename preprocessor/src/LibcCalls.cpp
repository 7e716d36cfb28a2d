//===- LibcCalls.cpp - libc calls whose state the runtime keeps -----------===//
#include "LibcCalls.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace migpp {

namespace {

const char *const Replaced[] = {"rand",      "srand",    "random",  "srandom", "drand48",
                                "lrand48",   "mrand48",  "srand48", "seed48",  "lcong48",
                                "erand48",   "nrand48",  "jrand48", "initstate", "setstate",
                                "strtok",    "atexit",   "on_exit",  "clock",   "clock_gettime",
                                "getrusage", "times"};

/// A C library function (declared in a system header, not defined by the
/// user) the runtime replaces, or null.
const char *replacedName(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD || !FD->getIdentifier() || FD->hasBody() ||
      !SM.isInSystemHeader(FD->getCanonicalDecl()->getLocation()))
    return nullptr;
  for (const char *N : Replaced)
    if (FD->getName() == N)
      return N;
  return nullptr;
}

struct RefFinder : RecursiveASTVisitor<RefFinder> {
  std::vector<DeclRefExpr *> Refs;
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (isa<FunctionDecl>(DRE->getDecl()))
      Refs.push_back(DRE);
    return true;
  }
};

} // namespace

void rewriteLibcCalls(const MigratableAnalysis &MA, SourceHelper &SH) {
  const SourceManager &SM = SH.Ctx.getSourceManager();
  for (FunctionDecl *FD : MA.userFunctions()) {
    RefFinder RF;
    RF.TraverseStmt(FD->getBody());
    for (DeclRefExpr *DRE : RF.Refs) {
      const char *N = replacedName(cast<FunctionDecl>(DRE->getDecl()), SM);
      if (!N || DRE->getLocation().isMacroID())
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), std::string("__mig_") + N);
    }
  }
}

//===- Open files -----------------------------------------------------------===//

namespace {

const char *const FileFunctions[] = {"fopen",  "fdopen",  "freopen",   "fclose",   "open",
                                     "openat", "creat",   "close",     "dup",      "dup2",
                                     "dup3",   "opendir", "fdopendir", "closedir", "pipe",
                                     "pipe2",  "socket",  "popen",     "pclose",   "tmpfile"};

/// A C library file function, or null. Unlike replacedName, a definition in
/// a system header is accepted: with _FORTIFY_SOURCE, glibc defines open
/// and openat as inline wrappers.
const char *fileFunctionName(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD || !FD->getIdentifier() || !SM.isInSystemHeader(FD->getCanonicalDecl()->getLocation()))
    return nullptr;
  for (const FunctionDecl *D : FD->redecls())
    if (D->hasBody() && !SM.isInSystemHeader(D->getLocation()))
      return nullptr; // the user's own function of that name
  for (const char *N : FileFunctions)
    if (FD->getName() == N)
      return N;
  return nullptr;
}

/// The functions called directly: a use as a function pointer keeps libc's
/// (its FILE * or DIR * parameter types differ from the wrappers' void *).
struct CalleeFinder : RecursiveASTVisitor<CalleeFinder> {
  std::vector<DeclRefExpr *> Callees;
  bool VisitCallExpr(CallExpr *CE) {
    if (auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
      if (isa<FunctionDecl>(DRE->getDecl()))
        Callees.push_back(DRE);
    return true;
  }
};

} // namespace

void rewriteFileCalls(const MigratableAnalysis &MA, SourceHelper &SH) {
  const SourceManager &SM = SH.Ctx.getSourceManager();
  for (FunctionDecl *FD : MA.userFunctions()) {
    CalleeFinder CF;
    CF.TraverseStmt(FD->getBody());
    for (DeclRefExpr *DRE : CF.Callees) {
      const char *N = fileFunctionName(cast<FunctionDecl>(DRE->getDecl()), SM);
      if (!N || DRE->getLocation().isMacroID())
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), std::string("__mig_") + N);
    }
  }
}

} // namespace migpp
