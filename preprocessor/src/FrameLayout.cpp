//===- FrameLayout.cpp ----------------------------------------------------===//
//
// See FrameLayout.h.
//
//===----------------------------------------------------------------------===//
#include "FrameLayout.h"
#include "LocalTypes.h"
#include "LocalsAtSites.h"
#include "TypeText.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace migpp {

//===--- Which variables are saved ----------------------------------------===//

namespace {

/// All references to locals in a body, with the parent map to judge whether
/// their address escapes.
class RefCollector : public RecursiveASTVisitor<RefCollector> {
public:
  std::vector<DeclRefExpr *> Refs;
  std::vector<const VarDecl *> Locals;
  std::set<std::string> OtherNames; ///< names of non-local things referenced
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    Refs.push_back(DRE);
    auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !VD->isLocalVarDeclOrParm())
      OtherNames.insert(DRE->getDecl()->getNameAsString());
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    Locals.push_back(VD);
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    OtherNames.insert(TL.getTypedefNameDecl()->getNameAsString());
    return true;
  }
};
} // namespace

void FrameLayout::findSavedVariables() {
  llvm::DenseSet<const VarDecl *> Set = localsAtSites(SH, MA, St.FD);
  // A declaration statement is hoisted as a whole: if one of its variables
  // is saved, all are.
  std::function<void(Stmt *)> Widen = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *DS = dyn_cast<DeclStmt>(S)) {
      bool Any = false;
      for (Decl *D : DS->decls())
        if (auto *VD = dyn_cast<VarDecl>(D))
          Any |= Set.count(VD) > 0;
      if (Any)
        for (Decl *D : DS->decls())
          if (auto *VD = dyn_cast<VarDecl>(D))
            if (isSavableLocal(VD))
              Set.insert(VD);
    }
    for (Stmt *C : S->children())
      Widen(C);
  };
  Widen(St.FD->getBody());

  // Deterministic order: parameters, then locals in source order.
  for (ParmVarDecl *P : St.FD->parameters())
    if (Set.count(P)) {
      SavedIndex[P] = Saved.size();
      Saved.push_back({P, P->getNameAsString(), false});
    }
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  for (const VarDecl *VD : RC.Locals)
    if (Set.count(VD) && !SavedIndex.count(VD)) {
      SavedIndex[VD] = Saved.size();
      Saved.push_back({VD, VD->getNameAsString(), false});
    }
}

/// An object (variable, compound literal) escapes when its address is taken
/// or an array it is (or is inside) decays to a pointer other than for
/// indexing.
bool FrameLayout::escapes(const Expr *Obj, ParentMap &PM) const {
  auto Parent = [&](const Stmt *S) -> const Stmt * {
    const Stmt *P = PM.getParent(S);
    while (P && isa<ParenExpr>(P))
      P = PM.getParent(P);
    return P;
  };
  auto Same = [](const Expr *A, const Stmt *B) { return A && A->IgnoreParens() == B; };
  const Stmt *E = Obj;
  for (;;) {
    const Stmt *P = Parent(E);
    if (!P)
      return false;
    if (auto *ME = dyn_cast<MemberExpr>(P); ME && !ME->isArrow() && Same(ME->getBase(), E)) {
      E = ME;
      continue;
    }
    if (auto *UO = dyn_cast<UnaryOperator>(P); UO && UO->getOpcode() == UO_AddrOf)
      return true;
    if (auto *IC = dyn_cast<ImplicitCastExpr>(P);
        IC && IC->getCastKind() == CK_ArrayToPointerDecay) {
      const Stmt *PP = Parent(IC);
      if (auto *AS = dyn_cast_or_null<ArraySubscriptExpr>(PP); AS && Same(AS->getBase(), IC)) {
        E = AS;
        continue;
      }
      if (auto *UO = dyn_cast_or_null<UnaryOperator>(PP); UO && UO->getOpcode() == UO_Deref) {
        E = UO;
        continue;
      }
      return true;
    }
    return false;
  }
}

void FrameLayout::findExposedVariables() {
  ParentMap PM(St.FD->getBody());
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  for (DeclRefExpr *DRE : RC.Refs) {
    auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !SavedIndex.count(VD))
      continue;
    SavedVar &V = Saved[SavedIndex[VD]];
    if (!V.Exposed)
      V.Exposed = escapes(DRE, PM);
  }
  // A va_list local is an array on x86-64 (passing it to vprintf decays it:
  // it escapes) and a struct or pointer elsewhere (passed by value): it goes
  // to the shadow frame on every target, so the builds of one program for
  // two targets have the same frames (and fingerprint).
  for (SavedVar &V : Saved)
    if (!V.Exposed && !isa<ParmVarDecl>(V.VD) &&
        mig::isVaListType(St.FD->getASTContext(), V.VD->getType()))
      V.Exposed = true;
  // A compound literal whose address escapes lives until its block ends,
  // possibly across a poll point: it gets a shadow-frame slot too.
  std::function<void(Stmt *)> FindLiterals = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *CLE = dyn_cast<CompoundLiteralExpr>(S);
        CLE && !CLE->isFileScope() && escapes(CLE, PM) &&
        mig::spellAssignableType(SH.Ctx, CLE->getType(), "x"))
      ShadowLiterals.push_back({CLE, "__mig_cl" + std::to_string(ShadowLiterals.size() + 1)});
    for (Stmt *C : S->children())
      FindLiterals(C);
  };
  FindLiterals(St.FD->getBody());
  St.HasShadow |= !ShadowLiterals.empty();
  for (const SavedVar &V : Saved)
    St.HasShadow |= V.Exposed;
}

void FrameLayout::chooseNames() {
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  std::map<std::string, unsigned> LocalCount;
  for (const VarDecl *VD : RC.Locals)
    ++LocalCount[VD->getNameAsString()];
  for (ParmVarDecl *P : St.FD->parameters())
    ++LocalCount[P->getNameAsString()];
  std::set<std::string> Taken;
  for (SavedVar &V : Saved) {
    if (isa<ParmVarDecl>(V.VD)) {
      Taken.insert(V.Name);
      continue;
    }
    bool Clash = LocalCount[V.Name] > 1 || RC.OtherNames.count(V.Name) || Taken.count(V.Name) ||
                 V.Name.rfind("__mig_", 0) == 0;
    if (Clash) {
      unsigned N = 1;
      std::string Candidate;
      do
        Candidate = fmt::format("{}__m{}", V.Name, N++);
      while (Taken.count(Candidate) || LocalCount.count(Candidate) ||
             RC.OtherNames.count(Candidate));
      V.Name = Candidate;
    }
    Taken.insert(V.Name);
  }
}

/// The struct/union/enum or typedef declared inside a function that makes T
/// unnameable at file scope, looking through pointers and arrays.
static const NamedDecl *localTypeDecl(QualType T) {
  for (unsigned Guard = 0; Guard < 64 && !T.isNull(); ++Guard) {
    if (auto *TT = T->getAs<TypedefType>(); TT && TT->getDecl()->getParentFunctionOrMethod())
      return TT->getDecl();
    if (const TagDecl *TD = T->getAsTagDecl())
      return TD->getParentFunctionOrMethod() ? TD : nullptr;
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    else if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
      T = AT->getElementType();
    else
      return nullptr;
  }
  return nullptr;
}

bool FrameLayout::needsMovedTypes() const {
  for (const SavedVar &V : Saved)
    if (!mig::spellAssignableType(SH.Ctx, storageType(SH.Ctx, V), V.Name))
      return true;
  return false;
}

bool FrameLayout::checkTypes(const LocalTypeHoister &Hoister) const {
  bool OK = true;
  for (const SavedVar &V : Saved) {
    // A saved variable is hoisted to the top of the function and resumed
    // into by a goto; its cleanup would then run at the wrong time, or never.
    if (V.VD->hasAttr<CleanupAttr>()) {
      SH.error(V.VD->getLocation(),
               fmt::format("'{}' has __attribute__((cleanup)) and is live at a poll "
                           "point or migratable call; mig-pp cannot resume inside its "
                           "scope (call the cleanup function explicitly instead)",
                           V.VD->getName().str()));
      OK = false;
      continue;
    }
    QualType T = storageType(SH.Ctx, V);
    if (!mig::spellAssignableType(SH.Ctx, T, V.Name)) {
      const NamedDecl *Local = localTypeDecl(T);
      std::string Why = Local ? Hoister.whyKept(Local) : "";
      if (!Why.empty())
        SH.error(V.VD->getLocation(),
                 fmt::format("'{}' is live at a poll point or migratable call and its "
                             "type '{}' is declared inside the function, where it must "
                             "stay: {}",
                             V.VD->getName().str(), Local->getName().str(), Why));
      else
        SH.error(V.VD->getLocation(),
                 fmt::format("the type of '{}' has no name that can be used at file "
                             "scope; mig-pp cannot save it at a poll point (give the "
                             "type a name or a typedef at file scope)",
                             V.VD->getName().str()));
      OK = false;
    }
  }
  if (!St.FD->getReturnType()->isVoidType() &&
      !mig::spellType(SH.Ctx, St.FD->getReturnType(), "x")) {
    SH.error(St.FD->getLocation(), "the return type of a migratable function "
                                   "must be nameable at file scope");
    OK = false;
  }
  return OK;
}

QualType storageType(ASTContext &Ctx, const SavedVar &V) {
  switch (V.Vm) {
  case SavedVar::NotVm:
    return V.VD->getType();
  case SavedVar::VmArray:
    return Ctx.getPointerType(Ctx.getBaseElementType(V.VD->getType()));
  case SavedVar::VmOther:
    break;
  }
  return Ctx.VoidPtrTy;
}

std::string varRef(const SavedVar &V) {
  if (!V.VmRef.empty())
    return V.VmRef;
  return V.Exposed ? "(__mig_sf->" + V.Name + ")" : V.Name;
}

void FrameLayout::compute() {
  findSavedVariables();
  findExposedVariables();
  chooseNames();
}

const SavedVar *FrameLayout::find(const VarDecl *VD) const {
  auto It = SavedIndex.find(VD);
  return It == SavedIndex.end() ? nullptr : &Saved[It->second];
}

std::vector<std::pair<DeclRefExpr *, const SavedVar *>> FrameLayout::references() const {
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  std::vector<std::pair<DeclRefExpr *, const SavedVar *>> Out;
  for (DeclRefExpr *DRE : RC.Refs)
    if (auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (const SavedVar *V = find(VD))
        Out.push_back({DRE, V});
  return Out;
}

void FrameLayout::print(llvm::raw_ostream &OS) const {
  OS << "frame layout of " << St.FD->getName() << ":" << (St.HasShadow ? " shadow frame" : "")
     << "\n";
  for (const SavedVar &V : Saved) {
    OS << "  " << (V.Exposed ? "shadow   " : "register ") << V.Name;
    if (V.Name != V.VD->getName())
      OS << " (was " << V.VD->getName() << ")";
    OS << ": " << storageType(SH.Ctx, V).getAsString();
    if (isa<ParmVarDecl>(V.VD))
      OS << ", parameter";
    if (V.Vm == SavedVar::VmArray)
      OS << ", variable-length array on the shadow stack";
    else if (V.Vm == SavedVar::VmOther)
      OS << ", variably modified";
    OS << "\n";
  }
  for (const ShadowLiteral &L : ShadowLiterals)
    OS << "  shadow   " << L.Name << ": " << L.CLE->getType().getAsString()
       << ", compound literal\n";
}

} // namespace migpp
