//===- UnitTransformer.h - Rewrite one translation unit -------------------===//
//
// Orchestrates mig-pp over a unit: unit-wide rewrites first, each behind its
// own one-function interface (StringLiterals.h, AllocationCalls.h,
// PthreadCalls.h, LibcCalls.h, CallbackCalls.h, MainRename.h,
// StaticLocals.h, ...), then every transformed function
// (FunctionTransformer), then the registration of the unit
// (UnitRegistration.h): descriptors, __mig_func objects, the tables of
// globals, functions and literals, and the constructor that hands them to the
// runtime.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_UNITTRANSFORMER_H
#define MIGPP_UNITTRANSFORMER_H

#include "FunctionTransformer.h"
#include "MigratableAnalysis.h"
#include "Options.h"
#include "SourceEdits.h"
#include "SourceHelper.h"
#include "UnitTables.h"

#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/ASTContext.h"

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

  clang::ASTContext &Ctx;
  const Options &Opts;
  SourceEdits Edits;
  SourceHelper SH;
  MigratableAnalysis MA;
  mig::TypeDescriptorEmitter Types;
  UnitTables Tables;
  std::vector<FunctionRecord> Functions;
};

} // namespace migpp

#endif
