//===- VariablyModified.h - VLAs and pointers to VLAs at poll points ------===//
//
// Saved locals with a variably modified type are never declared with it
// (the resume gotos would jump into their scope): see VariablyModified.cpp
// and docs/design.md, "Variable-length arrays".
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_VARIABLYMODIFIED_H
#define MIGPP_VARIABLYMODIFIED_H

#include "ExprLinearizer.h"
#include "FrameLayout.h"
#include "FunctionState.h"
#include "SourceHelper.h"

#include "mig/TypeDescriptorEmitter.h"

#include <string>
#include <vector>

namespace migpp {

class VariablyModifiedLocals {
public:
  VariablyModifiedLocals(SourceHelper &SH, mig::TypeDescriptorEmitter &Types, ExprLinearizer &Lin,
                         FunctionState &St)
      : SH(SH), Types(Types), Lin(Lin), St(St) {}

  /// Classifies the saved variables with a variably modified type, gives
  /// them their bound temporaries and reference text. False after an error.
  bool prepare(std::vector<SavedVar> &Saved);
  /// Where V was declared: the assignments of its bounds (M-calls in them
  /// hoisted into Pre) and, for a VLA, of its shadow-stack block, in order.
  std::vector<std::string> declarationParts(const SavedVar &V, std::string &Pre);

private:
  std::string spellWithBounds(clang::QualType T, std::string Declarator, const SavedVar &V,
                              size_t &Next) const;

  SourceHelper &SH;
  mig::TypeDescriptorEmitter &Types;
  ExprLinearizer &Lin;
  FunctionState &St;
};

} // namespace migpp

#endif
