//===- FrameRewrites.cpp --------------------------------------------------===//
//
// See FrameRewrites.h.
//
//===----------------------------------------------------------------------===//
#include "FrameRewrites.h"

#include <fmt/format.h>

#include <functional>

using namespace clang;

namespace migpp {

void dropRegisterParameters(SourceHelper &SH, const FunctionDecl *FD) {
  // `register` means nothing else to clang; locals are declared again at
  // the top of the body, without it.
  for (const ParmVarDecl *P : FD->parameters()) {
    if (P->getStorageClass() != SC_Register || P->getBeginLoc().isMacroID() ||
        P->getLocation().isMacroID())
      continue;
    unsigned B = SH.offset(P->getBeginLoc()), E = SH.offset(P->getLocation());
    llvm::StringRef Text = SH.Edits.original(B, E);
    for (size_t I = Text.find("register"); I != llvm::StringRef::npos;
         I = Text.find("register", I + 1)) {
      auto Ident = [](char C) { return isalnum(static_cast<unsigned char>(C)) || C == '_'; };
      if ((I == 0 || !Ident(Text[I - 1])) && (I + 8 >= Text.size() || !Ident(Text[I + 8]))) {
        SH.Edits.replace(B + I, B + I + 8, "        ");
        break;
      }
    }
  }
}

void renameReferences(SourceHelper &SH, const FrameLayout &Layout) {
  for (auto [DRE, V] : Layout.references()) {
    if (!V->Exposed && V->VmRef.empty() && V->Name == DRE->getDecl()->getName())
      continue;
    unsigned B = SH.offset(DRE->getLocation());
    SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), varRef(*V));
  }
}

void moveShadowLiterals(SourceHelper &SH, const FrameLayout &Layout) {
  for (const ShadowLiteral &L : Layout.ShadowLiterals) {
    QualType T = L.CLE->getType();
    std::string Ptr = *mig::spellType(SH.Ctx, SH.Ctx.getPointerType(T), "");
    SH.replaceExpr(L.CLE, fmt::format("(*({0})__builtin_memcpy(&__mig_sf->{1}, &{2}, "
                                      "sizeof(__mig_sf->{1})))",
                                      Ptr, L.Name, SH.renderExpr(L.CLE)));
  }
}

/// alloca() memory must survive unwind and rewind like escaping locals: it
/// comes from the shadow stack, released with the function's shadow frame.
void rewriteAlloca(SourceHelper &SH, FunctionState &St) {
  std::function<void(Stmt *)> Walk = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *CE = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = CE->getDirectCallee())
        if (Callee->getIdentifier() &&
            (Callee->getName() == "alloca" || Callee->getName() == "__builtin_alloca"))
          if (auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts())) {
            unsigned B = SH.offset(DRE->getLocation());
            SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), "__mig_shadow_alloca");
            St.HasShadow = true;
          }
    for (Stmt *C : S->children())
      Walk(C);
  };
  Walk(St.FD->getBody());
}

} // namespace migpp
