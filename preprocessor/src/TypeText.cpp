//===- TypeText.cpp -------------------------------------------------------===//
//
// See TypeText.h.
//
//===----------------------------------------------------------------------===//
#include "TypeText.h"

#include "mig/TypeDescriptorEmitter.h"

#include <fmt/format.h>

using namespace clang;

namespace migpp {

/// Whether T, an element of it (arrays) or a member of it (structs and
/// unions), at any depth, satisfies Is.
static bool anyPart(QualType T, llvm::function_ref<bool(QualType)> Is) {
  T = T.getCanonicalType();
  if (Is(T))
    return true;
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    return anyPart(AT->getElementType(), Is);
  if (const RecordType *RT = T->getAs<RecordType>())
    if (const RecordDecl *RD = RT->getDecl()->getDefinition())
      for (const FieldDecl *F : RD->fields())
        if (anyPart(F->getType(), Is))
          return true;
  return false;
}

bool typeHasPointer(QualType T) {
  return anyPart(T, [](QualType P) { return P->isPointerType() || P->isBlockPointerType(); });
}

/// A struct/union with a const member (at any depth) cannot be assigned.
bool hasConstMember(QualType T) {
  return anyPart(T, [](QualType P) {
    const RecordType *RT = P->getAs<RecordType>();
    const RecordDecl *RD = RT ? RT->getDecl()->getDefinition() : nullptr;
    return RD && llvm::any_of(RD->fields(),
                              [](const FieldDecl *F) { return F->getType().isConstQualified(); });
  });
}

/// Whether T is or holds (in a member or element) a union.
bool hasUnion(QualType T) {
  return anyPart(T, [](QualType P) { return P->isUnionType(); });
}

std::string assignText(ASTContext &Ctx, const std::string &Dst, QualType T,
                       const std::string &Value) {
  if (!hasConstMember(T))
    return Dst + " = " + Value;
  return fmt::format("({{ {} = {}; __builtin_memcpy(&{}, &__mig_v, sizeof({})); }})",
                     *mig::spellType(Ctx, T, "__mig_v"), Value, Dst, Dst);
}

/// `__attribute__((aligned(N)))` when the variable is more aligned than its
/// type (_Alignas, aligned attribute), else "".
std::string alignmentSuffix(ASTContext &Ctx, const VarDecl *VD) {
  // Only an explicit request counts: the ABI's extra alignment of large
  // arrays (getDeclAlign) is the target compiler's own business.
  unsigned DeclAlign = VD->getMaxAlignment() / Ctx.getCharWidth();
  QualType T = VD->getType();
  unsigned TypeAlign = T->isIncompleteType() ? 1 : Ctx.getTypeAlignInChars(T).getQuantity();
  if (DeclAlign <= TypeAlign)
    return "";
  return fmt::format(" __attribute__((aligned({})))", DeclAlign);
}

/// `sizeof` of a saved variable by name. A parameter written as an array
/// (`int v[]`) is a pointer, and `sizeof v` would make clang warn
/// (-Wsizeof-array-argument) where the user's source does not: its size is
/// taken from its type instead.
std::string sizeOfVar(const VarDecl *VD, llvm::StringRef Name) {
  if (const auto *P = dyn_cast<ParmVarDecl>(VD); P && P->getOriginalType()->isArrayType())
    return fmt::format("sizeof(__typeof__({}))", Name.str());
  return fmt::format("sizeof({})", Name.str());
}

std::vector<const Expr *> vlaBounds(QualType T) {
  std::vector<const Expr *> Out;
  for (unsigned Guard = 0; Guard < 64 && T->isVariablyModifiedType(); ++Guard) {
    const Type *Ty = T.getTypePtr();
    if (const auto *P = dyn_cast<ParenType>(Ty))
      T = P->getInnerType();
    else if (const auto *V = dyn_cast<VariableArrayType>(Ty)) {
      if (V->getSizeExpr())
        Out.push_back(V->getSizeExpr());
      T = V->getElementType();
    } else if (const auto *A = dyn_cast<ArrayType>(Ty))
      T = A->getElementType();
    else if (const auto *PT = dyn_cast<PointerType>(Ty))
      T = PT->getPointeeType();
    else
      break;
  }
  return Out;
}

} // namespace migpp
