//===- FunctionTransformer.cpp --------------------------------------------===//
//
// See FunctionTransformer.h. The order of the steps matters: site numbers
// and temporaries are numbered as they are created (the entry poll first,
// then VLA bounds, setjmp buffers and the statements post-order), and an
// edit made later over a range replaces what an earlier one inserted there.
//
//===----------------------------------------------------------------------===//
#include "FunctionTransformer.h"
#include "ExprLinearizer.h"
#include "FrameEmitter.h"
#include "FrameLayout.h"
#include "FrameRewrites.h"
#include "LocalTypes.h"
#include "SetjmpSites.h"
#include "StmtRewriter.h"
#include "VariablyModified.h"

using namespace clang;

namespace migpp {

/// Every temporary can be declared at the top of the function.
static bool temporariesNameable(SourceHelper &SH, const FunctionDecl *FD,
                                const ExprLinearizer &Lin) {
  for (const ExprLinearizer::Temp &T : Lin.temps())
    if (!mig::spellAssignableType(SH.Ctx, T.Type, T.Name)) {
      SH.error(FD->getLocation(), "a temporary needed to resume this function "
                                  "has a type that cannot be named at file scope");
      return false;
    }
  return true;
}

bool FunctionTransformer::run(FunctionDecl *FD, FunctionRecord &Out) {
  FunctionState St;
  St.FD = FD;
  St.CName = FD->isMain() ? "__mig_main" : FD->getNameAsString();

  FrameLayout Layout(SH, MA, St);
  Layout.compute();
  dropRegisterParameters(SH, FD);
  ExprLinearizer Lin(SH, MA, St);
  VariablyModifiedLocals Vla(SH, Types, Lin, St);
  if (!Vla.prepare(Layout.Saved))
    return false;
  LocalTypeHoister Hoister(SH, FD, St.CName);
  std::string MovedTypes;
  if (Layout.needsMovedTypes())
    MovedTypes = Hoister.run();
  if (!Layout.checkTypes(Hoister))
    return false;

  renameReferences(SH, Layout);
  rewriteAlloca(SH, St);
  std::optional<SetjmpRewrite> Setjmps = rewriteSetjmpSites(SH, St, Lin);
  if (!Setjmps)
    return false;
  moveShadowLiterals(SH, Layout);

  StmtRewriter Statements(SH, MA, St, Layout, Lin, Vla);
  auto *Body = cast<CompoundStmt>(FD->getBody());
  std::string EntryPoll;
  if (MA.hasEntryPoll(FD))
    EntryPoll = Statements.pollText(Body->getBeginLoc(), nullptr);
  if (!Statements.run(Body))
    return false;
  for (const auto &[Pos, Label] : Setjmps->LateLabels)
    SH.Edits.open(Pos, Label);
  if (!temporariesNameable(SH, FD, Lin))
    return false;
  if (LayoutOut)
    Layout.print(*LayoutOut);

  FrameEmitter Emitter(SH, St, Layout, Lin, *Setjmps);
  FunctionRecord Record = Emitter.record(MigName);
  Record.MovedTypes = std::move(MovedTypes);
  Emitter.emit(Body, Record, EntryPoll);
  Out = std::move(Record);
  return true;
}

} // namespace migpp
