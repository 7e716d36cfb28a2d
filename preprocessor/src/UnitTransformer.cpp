//===- UnitTransformer.cpp ------------------------------------------------===//
//
// See UnitTransformer.h. The order of the rewrites matters where their edits
// meet (comments below), and the literals are numbered in the order they are
// registered.
//
//===----------------------------------------------------------------------===//
#include "UnitTransformer.h"
#include "AllocationCalls.h"
#include "CallbackCalls.h"
#include "LibcCalls.h"
#include "MainRename.h"
#include "NoreturnFunctions.h"
#include "PointerIntegers.h"
#include "PthreadCalls.h"
#include "SetjmpSites.h"
#include "StaticLocals.h"
#include "StringLiterals.h"
#include "UnitRegistration.h"
#include "UnnamedTypes.h"
#include "UnsafeFactors.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace migpp {

UnitTransformer::UnitTransformer(ASTContext &Ctx, const Options &Opts)
    : Ctx(Ctx), Opts(Opts),
      Edits(Ctx.getSourceManager().getBufferData(Ctx.getSourceManager().getMainFileID())),
      SH(Ctx, Edits), MA(Ctx, Opts), Types(Ctx) {}

std::string UnitTransformer::unitName() const {
  if (!Opts.UnitName.empty())
    return Opts.UnitName;
  const SourceManager &SM = Ctx.getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getLocForStartOfFile(SM.getMainFileID()));
  std::string Name = P.isValid() ? P.getFilename() : "unit";
  // The first line of a preprocessed unit names the source file.
  llvm::StringRef Buf = Edits.buffer();
  if (Buf.starts_with("# 1 \"")) {
    llvm::StringRef Rest = Buf.drop_front(5);
    Name = Rest.take_until([](char C) { return C == '"'; }).str();
  }
  return llvm::sys::path::filename(Name).str();
}

bool UnitTransformer::run(std::string &Output) {
  MA.run();
  Types.setPointerCarriers(findPointerIntegers(Ctx, MA));
  if (Opts.WarnUnsafe)
    reportUnsafeFactors(Ctx, MA);
  replaceStringLiterals(MA, SH, Tables);
  spellFunctionNames(MA, SH, Tables);
  rewriteAllocationCalls(MA, SH, Types);
  rewritePthreadCalls(MA, SH);
  rewriteLibcCalls(MA, SH);
  rewriteFileCalls(MA, SH);
  bracketCallbackCalls(MA, SH);
  // Renaming main first: with an implicit int (`main() { static int x; ...`)
  // the definition starts at the name, where moveStaticLocals inserts the
  // moved statics, and a later replacement of the name would hide them.
  const FunctionDecl *Main = renameMain(MA, SH);
  rejectBuiltinSetjmp(MA, SH);
  nameUnnamedTypes(MA, SH,
                   [](const VarDecl *VD) { return VD->isStaticLocal() && !staysInFunction(VD); });
  std::string Unit = unitName();
  moveStaticLocals(MA, SH, Types, Tables, Unit);
  dropNoreturnAttributes(MA, SH);
  UnitRegistration Registration(MA, SH, Types, Tables, Unit);
  Registration.registerGlobals();
  bool OK = !Ctx.getDiagnostics().hasErrorOccurred();
  for (FunctionDecl *FD : MA.userFunctions()) {
    if (!MA.isTransformed(FD))
      continue;
    FunctionRecord R;
    FunctionTransformer FT(SH, MA, Types, migName(FD, Unit),
                           Opts.PrintFrameLayout ? &llvm::outs() : nullptr);
    if (FT.run(FD, R)) {
      if (!R.MovedTypes.empty())
        Edits.open(SH.definitionStart(FD), R.MovedTypes);
      Functions.push_back(std::move(R));
    } else
      OK = false;
  }
  if (!OK || Ctx.getDiagnostics().hasErrorOccurred())
    return false;
  std::string Epi = Registration.epilogue(Functions, Main);
  Edits.open(0, Registration.prologue(Functions));
  Edits.close(Edits.buffer().size(), Epi);
  Output = Edits.renderAll();
  return true;
}

} // namespace migpp
