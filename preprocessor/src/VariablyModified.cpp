//===- VariablyModified.cpp - VLAs and pointers to VLAs at poll points ----===//
//
// C forbids jumping into the scope of an identifier with a variably modified
// type, and the entry dispatch jumps to every resume label; the C stack that
// holds a VLA is also gone after an unwind. So a saved local with a variably
// modified type is never declared with it (docs/design.md, "Variable-length
// arrays"):
//
//   int v[n][m];        ->  hoisted:  int *v = {0}; unsigned long t1, t2;
//                           here:     t1 = (n), t2 = (m),
//                                     v = (int *)__mig_shadow_vla(v,
//                                         sizeof(int [t1][t2]), &desc, tag);
//   v[i][j], sizeof v   ->  (*(int (*)[t1][t2])v)[i][j], sizeof (*(...)v)
//
//   int (*p)[m] = q;    ->  hoisted:  void *p = {0}; unsigned long t3;
//                           here:     t3 = (m), (*(int (**)[t3])&p) = q
//
// The bounds are evaluated once, at the declaration, into saved temporaries,
// so a rewind sees the sizes the declaration computed. VLA elements live on
// the shadow stack as a typed block (the runtime converts them on a
// cross-architecture restore like heap blocks). A parameter keeps its
// declared type (its bounds were evaluated at entry); only its frame field is
// a plain pointer.
//
//===----------------------------------------------------------------------===//
#include "VariablyModified.h"

#include <fmt/format.h>

using namespace clang;

namespace migpp {

namespace {
/// Strips parentheses written around declarators.
QualType skipParens(QualType T) {
  while (const auto *P = dyn_cast<ParenType>(T.getTypePtr()))
    T = P->getInnerType();
  return T;
}

/// The VLA bound expressions of T in type order (outermost first), through
/// arrays and pointers as written. False, with a reason, when a variably
/// modified part comes from a typedef or typeof (its bounds were evaluated
/// elsewhere) or from something else mig-pp cannot rebuild.
bool collectBounds(QualType T, std::vector<const Expr *> &Out, std::string &Why) {
  for (unsigned Guard = 0; Guard < 64; ++Guard) {
    T = skipParens(T);
    if (!T->isVariablyModifiedType())
      return true;
    const Type *Ty = T.getTypePtr();
    if (const auto *V = dyn_cast<VariableArrayType>(Ty)) {
      if (!V->getSizeExpr()) {
        Why = "it has an unspecified bound '[*]'";
        return false;
      }
      Out.push_back(V->getSizeExpr());
      T = V->getElementType();
    } else if (const auto *C = dyn_cast<ConstantArrayType>(Ty)) {
      T = C->getElementType();
    } else if (const auto *P = dyn_cast<PointerType>(Ty)) {
      T = P->getPointeeType();
    } else {
      Why = isa<TypedefType, ElaboratedType>(Ty)
                ? "its variable-length array type is a typedef (declared "
                  "elsewhere, with bounds evaluated there)"
            : isa<TypeOfExprType, TypeOfType>(Ty)
                ? "its variable-length array type comes from typeof"
                : "mig-pp cannot rebuild its variably modified type";
      return false;
    }
  }
  Why = "its type is nested too deeply";
  return false;
}
} // namespace

/// T spelled as C with each VLA bound replaced by V's saved temporary, around
/// Declarator ("*" gives the pointer-to-T type name).
std::string VariablyModifiedLocals::spellWithBounds(QualType T, std::string Declarator,
                                                    const SavedVar &V, size_t &Next) const {
  T = skipParens(T);
  if (!T->isVariablyModifiedType())
    return *mig::spellType(SH.Ctx, T, Declarator);
  if (T->isArrayType() && !Declarator.empty() && Declarator[0] == '*')
    Declarator = "(" + Declarator + ")"; // [] binds tighter than *
  if (const auto *VAT = dyn_cast<VariableArrayType>(T.getTypePtr()))
    return spellWithBounds(VAT->getElementType(), Declarator + "[" + V.BoundTemps[Next++] + "]", V,
                           Next);
  if (const auto *CAT = dyn_cast<ConstantArrayType>(T.getTypePtr()))
    return spellWithBounds(CAT->getElementType(),
                           fmt::format("{}[{}]", Declarator, CAT->getSize().getZExtValue()), V,
                           Next);
  const auto *PT = cast<PointerType>(T.getTypePtr());
  return spellWithBounds(PT->getPointeeType(), "*" + Declarator, V, Next);
}

bool VariablyModifiedLocals::prepare(std::vector<SavedVar> &Saved) {
  bool OK = true;
  unsigned Tag = 0;
  for (SavedVar &V : Saved) {
    QualType T = V.VD->getType();
    if (!T->isVariablyModifiedType())
      continue;
    V.Vm = skipParens(T)->isArrayType() ? SavedVar::VmArray : SavedVar::VmOther;
    if (isa<ParmVarDecl>(V.VD))
      continue; // declared by the signature; only the frame field changes
    std::string Why;
    if (!collectBounds(T, V.BoundExprs, Why) ||
        (V.Vm == SavedVar::VmArray && SH.Ctx.getBaseElementType(T)->isVariablyModifiedType() &&
         (Why = "its elements are pointers to variable-length arrays", true))) {
      SH.error(V.VD->getLocation(),
               fmt::format("'{}' has a variably modified type and is live at a poll "
                           "point or migratable call; mig-pp cannot save it: {}",
                           V.VD->getName().str(), Why));
      OK = false;
      continue;
    }
    for (size_t I = 0; I < V.BoundExprs.size(); ++I)
      V.BoundTemps.push_back(Lin.newTemp(SH.Ctx.getSizeType()));
    size_t Next = 0;
    if (V.Vm == SavedVar::VmArray) {
      // The pointer is the variable; what escapes is the block it points to.
      V.Exposed = false;
      V.VlaTag = ++Tag;
      St.HasShadow = true;
      V.VmRef = "(*(" + spellWithBounds(T, "*", V, Next) + ")" + V.Name + ")";
    } else {
      std::string Base = V.Exposed ? "(__mig_sf->" + V.Name + ")" : V.Name;
      V.VmRef = "(*(" + spellWithBounds(T, "*", V, Next) + ")&" + Base + ")";
    }
  }
  return OK;
}

std::vector<std::string> VariablyModifiedLocals::declarationParts(const SavedVar &V,
                                                                  std::string &Pre) {
  std::vector<std::string> Parts;
  for (size_t I = 0; I < V.BoundExprs.size(); ++I) {
    auto *E = const_cast<Expr *>(V.BoundExprs[I]);
    Pre += Lin.linearize(E, true);
    Parts.push_back(fmt::format("{} = ({})", V.BoundTemps[I], SH.renderExpr(E)));
  }
  if (V.Vm == SavedVar::VmArray) {
    size_t Next = 0;
    QualType Elem = SH.Ctx.getBaseElementType(V.VD->getType());
    std::string Desc = "0";
    if (!Elem->isVoidType() && !Elem->isIncompleteType())
      if (auto R = Types.describe(Elem.getUnqualifiedType()))
        Desc = R->Type;
    Parts.push_back(fmt::format("{0} = ({1})__mig_shadow_vla({0}, sizeof({2}), {3}, {4})", V.Name,
                                *mig::spellAssignableType(SH.Ctx, storageType(SH.Ctx, V)),
                                spellWithBounds(V.VD->getType(), "", V, Next), Desc, V.VlaTag));
  }
  return Parts;
}

} // namespace migpp
