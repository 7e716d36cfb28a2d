//===- FrameEmitter.h - The frame code around a transformed body ----------===//
//
// Frame emission for a transformed function (docs/design.md, "Shape of a
// transformed function"): the frame structs (FunctionRecord), the preamble
// at the top of the body (hoisted declarations, shadow-frame push, the
// rewind dispatch), and the tail at its end (the fall-through return and the
// unwind blocks that store the register frame).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_FRAMEEMITTER_H
#define MIGPP_FRAMEEMITTER_H

#include "ExprLinearizer.h"
#include "FrameLayout.h"
#include "FunctionState.h"
#include "SetjmpSites.h"
#include "SourceHelper.h"

#include "clang/AST/Stmt.h"

#include <string>

namespace migpp {

class FrameEmitter {
public:
  FrameEmitter(SourceHelper &SH, const FunctionState &St, const FrameLayout &Layout,
               const ExprLinearizer &Lin, const SetjmpRewrite &Setjmps)
      : SH(SH), St(St), Layout(Layout), Lin(Lin), Setjmps(Setjmps) {}

  /// The frame structs, one field per saved variable or temporary.
  FunctionRecord record(std::string MigName) const;
  /// Opens Body with the preamble (then EntryPoll) and closes it with the tail.
  void emit(clang::CompoundStmt *Body, const FunctionRecord &R, const std::string &EntryPoll) const;

private:
  std::string preamble(const FunctionRecord &R) const;
  std::string tail() const;
  std::string unwindBlocks() const;
  clang::QualType storage(const SavedVar &V) const { return storageType(SH.Ctx, V); }

  SourceHelper &SH;
  const FunctionState &St;
  const FrameLayout &Layout;
  const ExprLinearizer &Lin;
  const SetjmpRewrite &Setjmps;
};

} // namespace migpp

#endif
