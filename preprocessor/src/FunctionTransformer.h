//===- FunctionTransformer.h - Make one function stoppable and resumable --===//
//
// For a transformed function (docs/design.md, "Shape of a transformed
// function"), runs its single-purpose parts in order:
//   FrameLayout          which locals are saved, which escape (shadow frame),
//                        their names (analysis only);
//   VariablyModified     VLAs and pointers to them: bound temporaries, casts;
//   FrameRewrites        references renamed, alloca, compound literals,
//                        `register` parameters;
//   SetjmpSites          setjmp calls re-armed by the rewind;
//   StmtRewriter         statements post-order, with ExprLinearizer hoisting
//                        M-calls out of expressions into temporaries;
//   FrameEmitter         frame structs, preamble with the rewind dispatch,
//                        tail with the unwind blocks.
// All changes are recorded as SourceEdits; the unit-level parts (frame
// descriptors, the __mig_func object) are returned as a FunctionRecord for
// UnitTransformer.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_FUNCTIONTRANSFORMER_H
#define MIGPP_FUNCTIONTRANSFORMER_H

#include "FunctionState.h"
#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "mig/TypeDescriptorEmitter.h"

#include "llvm/Support/raw_ostream.h"

#include <string>

namespace migpp {

class FunctionTransformer {
public:
  /// LayoutOut: where to print the frame layout (--print-frame-layout), or
  /// null.
  FunctionTransformer(SourceHelper &SH, const MigratableAnalysis &MA,
                      mig::TypeDescriptorEmitter &Types, std::string MigName,
                      llvm::raw_ostream *LayoutOut = nullptr)
      : SH(SH), MA(MA), Types(Types), MigName(std::move(MigName)), LayoutOut(LayoutOut) {}

  /// Transforms FD. Returns false after reporting an error.
  bool run(clang::FunctionDecl *FD, FunctionRecord &Out);

private:
  SourceHelper &SH;
  const MigratableAnalysis &MA;
  mig::TypeDescriptorEmitter &Types;
  std::string MigName;
  llvm::raw_ostream *LayoutOut;
};

} // namespace migpp

#endif
