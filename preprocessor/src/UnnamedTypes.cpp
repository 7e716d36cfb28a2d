//===- UnnamedTypes.cpp - Tags for unnamed struct/union/enum types --------===//
//
// See UnnamedTypes.h.
//
//===----------------------------------------------------------------------===//
#include "UnnamedTypes.h"

#include "mig/TypeDescriptorEmitter.h"

#include <fmt/format.h>

#include <set>
#include <string>

using namespace clang;

namespace migpp {

namespace {

/// An unnamed tag definition that can take a tag: not an anonymous member
/// (a tag would make `struct { int x; };` declare no member), no typedef
/// name (`typedef struct { ... } T;` is named by T).
bool wantsTag(const TagDecl *TD) {
  if (TD->getIdentifier() || TD->getTypedefNameForAnonDecl() ||
      !TD->isThisDeclarationADefinition() || !TD->isEmbeddedInDeclarator())
    return false;
  if (const auto *RD = dyn_cast<RecordDecl>(TD); RD && RD->isAnonymousStructOrUnion())
    return false;
  return TD->getBeginLoc().isValid() && TD->getBeginLoc().isFileID();
}

class Namer {
public:
  Namer(SourceHelper &SH) : SH(SH) {}

  /// Names TD after Hint, then the unnamed member types declared inside it.
  void name(TagDecl *TD, llvm::StringRef Hint, bool Moved) {
    std::string N = fmt::format("__mig_anon_{}", Hint.empty() ? "t" : Hint.str());
    std::string Base = N;
    for (unsigned K = 2; Used.count(N); ++K)
      N = fmt::format("{}_{}", Base, K);
    Used.insert(N);
    // `struct {` -> `struct __mig_anon_x {`: the keyword is TD's first token.
    unsigned KB = SH.offset(TD->getBeginLoc());
    SH.Edits.replace(KB, SH.tokenEnd(TD->getBeginLoc()), TD->getKindName().str() + " " + N);
    TD->setDeclName(&SH.Ctx.Idents.get(N));
    if (Moved)
      mig::markMovedToFileScope(TD);
    nameMembers(TD, N);
  }

  /// Unnamed types of TD's members (C declares them in the enclosing scope,
  /// so a tag is legal there): named `<outer>_<member>`.
  void nameMembers(TagDecl *TD, llvm::StringRef Outer) {
    auto *DC = dyn_cast<DeclContext>(TD);
    for (auto It = DC->decls_begin(), E = DC->decls_end(); It != E; ++It) {
      auto *Inner = dyn_cast<TagDecl>(*It);
      if (!Inner)
        continue;
      if (!wantsTag(Inner)) {
        // An anonymous member's own unnamed members belong to TD too.
        if (auto *RD = dyn_cast<RecordDecl>(Inner); RD && RD->isAnonymousStructOrUnion())
          nameMembers(RD, Outer);
        continue;
      }
      auto Next = std::next(It);
      std::string Member;
      if (Next != E)
        if (auto *ND = dyn_cast<DeclaratorDecl>(*Next); ND && ND->getIdentifier())
          Member = ND->getName().str();
      // Drop the "__mig_anon_" of the outer name.
      name(Inner, (Outer.substr(11) + "_" + Member).str(), false);
    }
  }

private:
  SourceHelper &SH;
  std::set<std::string> Used;
};

/// The name of the declarator that follows a tag definition in a decl list
/// (`struct { ... } priority[]` -> priority).
template <typename It> std::string declaratorAfter(It Next, It End) {
  if (Next != End)
    if (auto *DD = dyn_cast<DeclaratorDecl>(*Next); DD && DD->getIdentifier())
      return DD->getName().str();
  return "";
}

} // namespace

void nameUnnamedTypes(const MigratableAnalysis &MA, SourceHelper &SH,
                      llvm::function_ref<bool(const VarDecl *)> MovesToFileScope) {
  Namer N(SH);
  DeclContext *TU = SH.Ctx.getTranslationUnitDecl();
  for (auto It = TU->decls_begin(), E = TU->decls_end(); It != E; ++It) {
    auto *TD = dyn_cast<TagDecl>(*It);
    if (!TD || !MA.isUserDecl(TD) || !wantsTag(TD))
      continue;
    N.name(TD, declaratorAfter(std::next(It), E), false);
  }
  // Static locals: their declaration statement moves to file scope whole.
  for (FunctionDecl *FD : MA.userFunctions()) {
    std::string FName = FD->isMain() ? "main" : FD->getNameAsString();
    std::function<void(Stmt *)> Find = [&](Stmt *S) {
      if (!S)
        return;
      if (auto *DS = dyn_cast<DeclStmt>(S)) {
        bool Moves = false;
        for (Decl *D : DS->decls())
          if (auto *VD = dyn_cast<VarDecl>(D); VD && VD->isStaticLocal())
            Moves = MovesToFileScope(VD);
        for (Decl *D : DS->decls()) // all or none of them move
          if (auto *VD = dyn_cast<VarDecl>(D); VD && !MovesToFileScope(VD))
            Moves = false;
        if (Moves)
          for (auto It = DS->decl_begin(), E = DS->decl_end(); It != E; ++It)
            if (auto *TD = dyn_cast<TagDecl>(*It); TD && wantsTag(TD))
              N.name(TD, FName + "_" + declaratorAfter(std::next(It), E), true);
      }
      for (Stmt *C : S->children())
        Find(C);
    };
    Find(FD->getBody());
  }
}

} // namespace migpp
