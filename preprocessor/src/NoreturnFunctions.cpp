//===- NoreturnFunctions.cpp - noreturn functions that unwind -------------===//
//
// See NoreturnFunctions.h.
//
//===----------------------------------------------------------------------===//
#include "NoreturnFunctions.h"

#include "clang/AST/Attr.h"
#include "clang/Basic/SourceManager.h"

#include <cctype>

using namespace clang;

namespace migpp {

bool dropsNoreturn(const FunctionDecl *FD, const MigratableAnalysis &MA) {
  if (!FD || !FD->isNoReturn())
    return false;
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  if (SM.isInSystemHeader(FD->getCanonicalDecl()->getLocation()))
    return false;
  const FunctionDecl *Def = nullptr;
  if (FD->isDefined(Def))
    return MA.isTransformed(Def);
  return true; // defined in another unit, assumed migcc-built
}

/// Replaces the attribute's name at L: `_Noreturn` by nothing, a standard
/// `[[noreturn]]` by `gnu::cold`, a GNU `noreturn` by `__cold__`.
static void replaceNoreturn(SourceHelper &SH, SourceLocation L, bool Keyword, bool Standard) {
  if (L.isInvalid() || !L.isFileID())
    return;
  unsigned B = SH.offset(L);
  SH.Edits.replace(B, SH.tokenEnd(L), Keyword ? "" : Standard ? "gnu::cold" : "__cold__");
}

/// A GNU `__attribute__((noreturn))` is folded into the function type by
/// clang, with no source location: its name is found in the declaration's
/// text (from its start to the body or the ';').
static void replaceGnuNoreturn(SourceHelper &SH, const FunctionDecl *FD) {
  SourceLocation BL = FD->getBeginLoc();
  if (BL.isInvalid() || !BL.isFileID() || !FD->getLocation().isFileID())
    return;
  unsigned B = SH.offset(BL);
  unsigned E = SH.Edits.buffer().size();
  if (FD->doesThisDeclarationHaveABody())
    E = SH.offset(FD->getBody()->getBeginLoc());
  else if (size_t Semi = SH.Edits.buffer().find(';', SH.offset(FD->getLocation()));
           Semi != llvm::StringRef::npos)
    E = Semi;
  llvm::StringRef Text = SH.Edits.original(B, E);
  auto IsIdent = [](char C) { return isalnum((unsigned char)C) || C == '_'; };
  for (llvm::StringRef Word : {"__noreturn__", "noreturn"})
    for (size_t P = Text.find(Word); P != llvm::StringRef::npos; P = Text.find(Word, P + 1)) {
      size_t End = P + Word.size();
      if ((P > 0 && IsIdent(Text[P - 1])) || (End < Text.size() && IsIdent(Text[End])))
        continue;
      if (Text.substr(0, P).rfind("__attribute__") == llvm::StringRef::npos)
        continue;
      SH.Edits.replace(B + P, B + End, "__cold__");
    }
}

void dropNoreturnAttributes(const MigratableAnalysis &MA, SourceHelper &SH) {
  const SourceManager &SM = SH.Ctx.getSourceManager();
  for (Decl *D : SH.Ctx.getTranslationUnitDecl()->decls()) {
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !dropsNoreturn(FD, MA) || SM.isInSystemHeader(FD->getLocation()))
      continue;
    for (Attr *A : FD->attrs())
      if (!A->isInherited() && !A->isImplicit() && isa<NoReturnAttr, C11NoReturnAttr>(A))
        replaceNoreturn(SH, A->getLocation(),
                        isa<C11NoReturnAttr>(A) && !A->isStandardAttributeSyntax(),
                        A->isStandardAttributeSyntax());
    replaceGnuNoreturn(SH, FD);
  }
}

} // namespace migpp
