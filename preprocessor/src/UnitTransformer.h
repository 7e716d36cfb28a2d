//===- UnitTransformer.h - Rewrite one translation unit -------------------===//
//
// Orchestrates mig-pp over a unit: unit-wide rewrites first (string literals
// made named arrays, allocation calls made typed runtime calls, static locals
// moved to file scope, main renamed, library calls that call back
// bracketed), then every transformed function (FunctionTransformer), then
// the registration of the unit: descriptors, __mig_func objects, the tables
// of globals, functions and literals, and the constructor that hands them to
// the runtime.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_UNITTRANSFORMER_H
#define MIGPP_UNITTRANSFORMER_H

#include "FunctionTransformer.h"
#include "MigratableAnalysis.h"
#include "Options.h"
#include "SourceEdits.h"

#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace migpp {

class UnitTransformer {
public:
  UnitTransformer(clang::ASTContext &Ctx, const Options &Opts);
  /// Returns false after reporting errors; otherwise Output holds the unit.
  bool run(std::string &Output);

private:
  std::string unitName() const;
  std::string migName(const clang::FunctionDecl *FD) const;
  void replaceStringLiterals();
  void rewriteAllocations();
  void bracketCallbackCalls();
  void moveStaticLocals();
  void rejectBuiltinSetjmp();
  std::set<const clang::FunctionDecl *> neededFunctions() const;
  void spellFunctionNames(const clang::Stmt *S);
  std::map<std::string, std::string> FunctionNameLiterals; ///< text -> __mig_str_N
  void renameMain();
  void registerGlobals();
  std::string prologue() const;
  std::string epilogue();
  unsigned definitionStart(const clang::FunctionDecl *FD) const;

  clang::ASTContext &Ctx;
  const Options &Opts;
  SourceEdits Edits;
  SourceHelper SH;
  MigratableAnalysis MA;
  mig::TypeDescriptorEmitter Types;

  struct Literal {
    std::string CName, ElementType, Text;
  };
  std::vector<Literal> Literals;
  struct Global {
    std::string MigName, CName, Type, Count;
    unsigned Flags;
  };
  std::vector<Global> Globals;
  std::vector<FunctionRecord> Functions;
  const clang::FunctionDecl *Main = nullptr;
};

} // namespace migpp

#endif
