//===- LocalTypes.cpp - Move a function's local types to file scope -------===//
//
// See LocalTypes.h.
//
//===----------------------------------------------------------------------===//
#include "LocalTypes.h"

#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <fmt/format.h>

using namespace clang;

namespace migpp {

namespace {
/// The types a declaration statement declares (tags and typedefs; the tags
/// nested in a record are carried by it).
std::vector<const NamedDecl *> typeDecls(const DeclStmt *DS) {
  std::vector<const NamedDecl *> Out;
  for (const Decl *D : DS->decls())
    if (isa<TagDecl, TypedefNameDecl>(D))
      Out.push_back(cast<NamedDecl>(D));
  return Out;
}

/// Tags declared inside a record, at any depth (C puts them in the
/// enclosing scope: they move and are renamed with the record).
void nestedTags(const DeclContext *DC, std::vector<const TagDecl *> &Out) {
  for (const Decl *D : DC->decls())
    if (auto *TD = dyn_cast<TagDecl>(D)) {
      Out.push_back(TD);
      nestedTags(TD, Out);
    }
}

/// Local variables and local types a definition refers to.
class DefinitionRefs : public RecursiveASTVisitor<DefinitionRefs> {
public:
  std::vector<const VarDecl *> Vars;
  std::vector<const Decl *> Types;
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->isLocalVarDeclOrParm())
      Vars.push_back(VD);
    return true;
  }
  bool VisitTagTypeLoc(TagTypeLoc TL) {
    Types.push_back(TL.getDecl()->getCanonicalDecl());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    Types.push_back(TL.getTypedefNameDecl()->getCanonicalDecl());
    return true;
  }
};

/// Every token in a function body that names a renamed tag, typedef or
/// enum constant.
class ReferenceRenamer : public RecursiveASTVisitor<ReferenceRenamer> {
public:
  ReferenceRenamer(SourceHelper &SH, const llvm::DenseMap<const Decl *, std::string> &Names)
      : SH(SH), Names(Names) {}
  bool VisitTagTypeLoc(TagTypeLoc TL) {
    if (TL.getDecl()->getIdentifier())
      replace(TL.getDecl(), TL.getNameLoc());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    replace(TL.getTypedefNameDecl(), TL.getNameLoc());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (isa<EnumConstantDecl>(DRE->getDecl()))
      replace(DRE->getDecl(), DRE->getLocation());
    return true;
  }
  void replace(const Decl *D, SourceLocation L) {
    auto It = Names.find(D->getCanonicalDecl());
    if (It == Names.end() || L.isInvalid())
      return;
    unsigned B = SH.offset(L);
    SH.Edits.replace(B, SH.tokenEnd(L), It->second);
  }

private:
  SourceHelper &SH;
  const llvm::DenseMap<const Decl *, std::string> &Names;
};
} // namespace

void LocalTypeHoister::collect() {
  std::function<void(Stmt *)> Walk = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *DS = dyn_cast<DeclStmt>(S)) {
      // A static local's unnamed type moved with it (nameUnnamedTypes).
      bool Moved = llvm::any_of(typeDecls(DS),
                                [](const NamedDecl *D) { return mig::isMovedToFileScope(D); });
      if (!typeDecls(DS).empty() && !Moved) {
        bool OnlyTypes = llvm::all_of(
            DS->decls(), [](const Decl *D) { return isa<TagDecl, TypedefNameDecl>(D); });
        Candidates.push_back({DS, OnlyTypes});
      }
    }
    for (Stmt *C : S->children())
      Walk(C);
  };
  Walk(FD->getBody());
}

bool LocalTypeHoister::canMove(const DeclStmt *DS, std::string &Why) const {
  std::vector<const NamedDecl *> Types = typeDecls(DS);
  for (const NamedDecl *D : Types)
    if (auto *TD = dyn_cast<TypedefNameDecl>(D);
        TD && TD->getUnderlyingType()->isVariablyModifiedType()) {
      Why = fmt::format("typedef '{}' is a variably modified type", TD->getName().str());
      return false;
    }
  if (Types.size() != 1 &&
      !llvm::all_of(DS->decls(), [](const Decl *D) { return isa<TagDecl, TypedefNameDecl>(D); })) {
    Why = "it is declared together with variables and other types";
    return false;
  }
  DefinitionRefs Refs;
  for (const NamedDecl *D : Types)
    Refs.TraverseDecl(const_cast<NamedDecl *>(D));
  if (!Refs.Vars.empty()) {
    Why = fmt::format("its definition refers to the local variable '{}'",
                      Refs.Vars.front()->getName().str());
    return false;
  }
  for (const Decl *T : Refs.Types)
    if (auto It = Kept.find(T); It != Kept.end()) {
      Why = "it refers to a local type that cannot be moved (" + It->second + ")";
      return false;
    }
  return true;
}

std::string LocalTypeHoister::uniqueName(llvm::StringRef Base) {
  std::string N = fmt::format("{}__{}", Prefix, Base.str());
  for (unsigned K = 2; Used.count(N); ++K)
    N = fmt::format("{}__{}__{}", Prefix, Base.str(), K);
  Used.insert(N);
  return N;
}

void LocalTypeHoister::rename(const NamedDecl *D, const std::string &NewName) {
  NewNames[D->getCanonicalDecl()] = NewName;
  if (auto *ED = dyn_cast<EnumDecl>(D))
    for (const EnumConstantDecl *C : ED->enumerators())
      NewNames[C->getCanonicalDecl()] = uniqueName(C->getName());
}

void LocalTypeHoister::renameReferences() {
  ReferenceRenamer R(SH, NewNames);
  R.TraverseStmt(FD->getBody());
  // The declarations' own names (definitions, forward declarations,
  // enumerators): in a definition they are not type references.
  std::function<void(Stmt *)> Walk = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *DS = dyn_cast<DeclStmt>(S))
      for (Decl *D : DS->decls()) {
        std::vector<const TagDecl *> Tags;
        if (auto *TD = dyn_cast<TagDecl>(D)) {
          Tags.push_back(TD);
          nestedTags(TD, Tags);
        }
        for (const TagDecl *T : Tags) {
          if (T->getIdentifier())
            R.replace(T, T->getLocation());
          if (auto *ED = dyn_cast<EnumDecl>(T))
            for (const EnumConstantDecl *C : ED->enumerators())
              R.replace(C, C->getLocation());
        }
        if (auto *TN = dyn_cast<TypedefNameDecl>(D))
          R.replace(TN, TN->getLocation());
      }
    for (Stmt *C : S->children())
      Walk(C);
  };
  Walk(FD->getBody());
}

std::string LocalTypeHoister::whyKept(const Decl *D) const {
  auto It = Kept.find(D->getCanonicalDecl());
  return It == Kept.end() ? "" : It->second;
}

std::string LocalTypeHoister::run() {
  collect();
  std::vector<Movable> Moved;
  for (const Movable &M : Candidates) {
    std::string Why;
    if (!canMove(M.DS, Why)) {
      for (const NamedDecl *D : typeDecls(M.DS))
        Kept[D->getCanonicalDecl()] = Why;
      continue;
    }
    for (const NamedDecl *D : typeDecls(M.DS)) {
      std::vector<const TagDecl *> Tags;
      if (auto *TD = dyn_cast<TagDecl>(D)) {
        Tags.push_back(TD);
        nestedTags(TD, Tags);
      }
      for (const TagDecl *T : Tags)
        if (T->getIdentifier() && !NewNames.count(T->getCanonicalDecl()))
          rename(T, uniqueName(T->getName()));
        else if (!T->getIdentifier() && !M.WholeStatement && T == D)
          rename(T, uniqueName(fmt::format("anon{}", ++Anon)));
        else if (auto *ED = dyn_cast<EnumDecl>(T); ED && !T->getIdentifier())
          for (const EnumConstantDecl *C : ED->enumerators())
            NewNames[C->getCanonicalDecl()] = uniqueName(C->getName());
      if (auto *TN = dyn_cast<TypedefNameDecl>(D))
        rename(TN, uniqueName(TN->getName()));
    }
    Moved.push_back(M);
  }
  if (Moved.empty())
    return "";
  renameReferences();

  std::string Out;
  for (const Movable &M : Moved) {
    if (M.WholeStatement) {
      unsigned B = SH.begin(M.DS), E = SH.stmtEnd(M.DS);
      Out += flatten(SH.Edits.render(B, E)) + " ";
      std::string Blank = ";";
      Blank.append(countNewlines(SH.Edits.original(B, E)), '\n');
      SH.Edits.replace(B, E, Blank);
    } else {
      // `struct pair { ... } p;` keeps `struct <new name> p;` here.
      auto *TD = cast<TagDecl>(typeDecls(M.DS).front());
      const std::string &Name = NewNames[TD->getCanonicalDecl()];
      std::string Kw = TD->getKindName().str();
      if (!TD->getIdentifier()) { // name the unnamed tag in the moved copy
        unsigned KB = SH.offset(TD->getBeginLoc());
        SH.Edits.replace(KB, SH.tokenEnd(TD->getBeginLoc()), Kw + " " + Name);
      }
      if (TD->isThisDeclarationADefinition()) {
        unsigned B = SH.offset(TD->getBeginLoc());
        unsigned E = SH.tokenEnd(TD->getBraceRange().getEnd());
        Out += flatten(SH.Edits.render(B, E)) + "; ";
        std::string Ref = Kw + " " + Name;
        Ref.append(countNewlines(SH.Edits.original(B, E)), '\n');
        SH.Edits.replace(B, E, Ref);
      } else {
        Out += Kw + " " + Name + "; ";
      }
    }
  }
  // From now on the AST speaks of the moved types under their new names.
  for (auto &[D, Name] : NewNames)
    for (Decl *R : D->redecls())
      cast<NamedDecl>(R)->setDeclName(&SH.Ctx.Idents.get(Name));
  for (const Movable &M : Moved)
    for (const NamedDecl *D : typeDecls(M.DS))
      mig::markMovedToFileScope(D);
  return Out;
}

} // namespace migpp
