//===- TypeSpelling.cpp - Spell clang types as file-scope C ---------------===//
//
// spellType/spellAssignableType: rebuild the type keeping the sugar that is
// valid at file scope (typedefs declared at file scope, tags with a name or a
// file-scope typedef), desugaring what is not (typeof, local typedefs,
// attributes that only carry expressions), and refuse what cannot be named
// (local or unnamed tags, variably modified types). Then print it with a C
// printing policy.
//
//===----------------------------------------------------------------------===//
#include "TypeSpellingImpl.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/AST/Type.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>

using namespace clang;

namespace mig {
namespace detail {

/// Decls declared inside a function that the caller has moved to file scope
/// (markMovedToFileScope), per ASTContext.
static std::map<const ASTContext *, std::set<const Decl *>> &movedDecls() {
  static std::map<const ASTContext *, std::set<const Decl *>> M;
  return M;
}

static bool isMoved(const Decl *D) {
  auto &M = movedDecls();
  auto It = M.find(&D->getASTContext());
  return It != M.end() && It->second.count(D->getCanonicalDecl());
}

bool hasFunctionContext(const Decl *D) {
  if (isMoved(D))
    return false;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *Outer = dyn_cast<Decl>(DC); Outer && isMoved(Outer))
      return false;
    if (DC->isFunctionOrMethod())
      return true;
  }
  return false;
}

bool isTagSpellable(const TagDecl *D) {
  if (hasFunctionContext(D))
    return false;
  if (D->getIdentifier())
    return true;
  if (const TypedefNameDecl *TD = D->getTypedefNameForAnonDecl())
    return TD->getIdentifier() && !hasFunctionContext(TD);
  return false;
}

const RecordDecl *vaListRecord(const ASTContext &Ctx) {
  QualType V = Ctx.getBuiltinVaListType();
  if (V.isNull())
    return nullptr;
  V = V.getCanonicalType();
  while (const ArrayType *AT = Ctx.getAsArrayType(V))
    V = AT->getElementType().getCanonicalType();
  if (const auto *RT = V->getAs<RecordType>())
    return RT->getDecl();
  return nullptr;
}

PrintingPolicy cPolicy(const ASTContext &Ctx) {
  PrintingPolicy P(Ctx.getLangOpts());
  P.SuppressTagKeyword = false;
  P.IncludeTagDefinition = false;
  P.SuppressScope = true;
  P.SuppressUnwrittenScope = true;
  P.PrintCanonicalTypes = false;
  P.PolishForDeclaration = true;
  P.FullyQualifiedName = false;
  P.UseVoidForZeroParams = true;
  return P;
}

/// Follows arrays and data pointers from expression E of type T down to the
/// tag D; returns the expression of type D (unqualified), if any.
static std::optional<std::string> pathTo(ASTContext &Ctx, std::string E, QualType T,
                                         const TagDecl *D) {
  for (unsigned I = 0; I < 8; ++I) {
    T = T.getCanonicalType();
    if (const TagDecl *TD = T->getAsTagDecl()) {
      if (TD->getCanonicalDecl() != D->getCanonicalDecl())
        return std::nullopt;
      if (T.isConstQualified() || T.isVolatileQualified())
        return std::nullopt; // __typeof__ would keep the qualifier
      return E;
    }
    if (const ArrayType *AT = Ctx.getAsArrayType(T)) {
      E += "[0]"; // E is a postfix expression: a name, ->m, [0] or (*p)
      T = AT->getElementType();
      continue;
    }
    if (const auto *PT = T->getAs<PointerType>()) {
      if (PT->getPointeeType()->isFunctionType())
        return std::nullopt;
      E = "(*" + E + ")";
      T = PT->getPointeeType();
      continue;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> unnamedTagAnchor(ASTContext &Ctx, const TagDecl *D, std::string *Hint,
                                            unsigned Depth) {
  if (D->getIdentifier() || D->getTypedefNameForAnonDecl() || hasFunctionContext(D) || Depth > 64)
    return std::nullopt;
  if (const auto *RD = dyn_cast<RecordDecl>(D))
    if (RD->isAnonymousStructOrUnion())
      return std::nullopt;
  if (const auto *Holder = dyn_cast<RecordDecl>(D->getDeclContext())) {
    // A member's type: `((struct outer *)0)->member`. Members of anonymous
    // members are members of the enclosing record.
    const RecordDecl *Outer = Holder;
    while (Outer && Outer->isAnonymousStructOrUnion())
      Outer = dyn_cast<RecordDecl>(Outer->getDeclContext());
    if (!Outer)
      return std::nullopt;
    std::string IgnoredWhy;
    auto OuterT = sanitize(Ctx, Ctx.getRecordType(Outer), IgnoredWhy, Depth + 1);
    if (!OuterT)
      return std::nullopt;
    auto OuterS = printType(Ctx, *OuterT, "", IgnoredWhy);
    if (!OuterS)
      return std::nullopt;
    for (const FieldDecl *F : Holder->fields()) {
      if (!F->getIdentifier())
        continue;
      if (auto E = pathTo(Ctx, "((" + *OuterS + " *)0)->" + F->getName().str(), F->getType(), D)) {
        if (Hint)
          *Hint = F->getName().str();
        return E;
      }
    }
    return std::nullopt;
  }
  // Declared at file scope with no name: the first file-scope typedef or
  // variable declared with it, `struct { ... } state;` -> `state`.
  for (const Decl *X : Ctx.getTranslationUnitDecl()->decls()) {
    std::optional<std::string> E;
    std::string Name;
    if (const auto *TD = dyn_cast<TypedefNameDecl>(X)) {
      if (!TD->getIdentifier() || TD->isImplicit())
        continue;
      Name = TD->getName().str();
      E = pathTo(Ctx, "(*(" + Name + " *)0)", TD->getUnderlyingType(), D);
    } else if (const auto *VD = dyn_cast<VarDecl>(X)) {
      if (!VD->getIdentifier() || !VD->isFileVarDecl())
        continue;
      Name = VD->getName().str();
      E = pathTo(Ctx, Name, VD->getType(), D);
    }
    if (E) {
      if (Hint)
        *Hint = Name;
      return E;
    }
  }
  return std::nullopt;
}

/// An unnamed struct/union/enum is spelled `__typeof__(<anchor>)` (see
/// unnamedTagAnchor). The spelling is carried by a synthetic typedef (never
/// added to any DeclContext) whose "name" is that text, so the printer keeps
/// it inside declarators.
static std::optional<QualType> unnamedTagType(ASTContext &Ctx, const TagDecl *D, unsigned Depth) {
  // Cache per ASTContext, dropped when the context is destroyed (a tool may
  // parse several units in one process).
  using CacheMap = std::map<std::pair<const ASTContext *, const TagDecl *>, QualType>;
  static CacheMap Cache;
  static std::set<const ASTContext *> Registered;
  if (Registered.insert(&Ctx).second)
    Ctx.AddDeallocation(
        [](void *P) {
          auto *C = static_cast<const ASTContext *>(P);
          Registered.erase(C);
          for (auto It = Cache.begin(); It != Cache.end();)
            It = It->first.first == C ? Cache.erase(It) : std::next(It);
        },
        &Ctx);
  auto Key = std::make_pair(&Ctx, D->getCanonicalDecl());
  if (auto It = Cache.find(Key); It != Cache.end())
    return It->second;
  auto E = unnamedTagAnchor(Ctx, D, nullptr, Depth);
  if (!E)
    return std::nullopt;
  std::string Text = "__typeof__(" + *E + ")";
  auto *TU = Ctx.getTranslationUnitDecl();
  QualType Underlying = Ctx.getTagDeclType(D);
  auto *TD = TypedefDecl::Create(Ctx, TU, SourceLocation(), SourceLocation(), &Ctx.Idents.get(Text),
                                 Ctx.getTrivialTypeSourceInfo(Underlying));
  TD->setImplicit();
  QualType R = Ctx.getTypedefType(TD);
  Cache[Key] = R;
  return R;
}

namespace {
using Sanitized = std::optional<QualType>;

/// A typedef is kept when it is named at file scope and not variably
/// modified; otherwise it is looked through.
Sanitized sanitizeTypedef(ASTContext &Ctx, const TypedefType *TT, std::string &Why,
                          unsigned Depth) {
  const TypedefNameDecl *TD = TT->getDecl();
  if (TD->getIdentifier() && !hasFunctionContext(TD) && !TT->isVariablyModifiedType())
    return QualType(TT, 0);
  return sanitize(Ctx, TT->desugar(), Why, Depth + 1);
}

/// A struct, union or enum is kept when it can be named at file scope, or
/// named through the file-scope declaration it comes with (unnamedTagType).
Sanitized sanitizeTag(ASTContext &Ctx, const TagType *TT, std::string &Why, unsigned Depth) {
  const TagDecl *D = TT->getDecl();
  if (D->isImplicit() && D != vaListRecord(Ctx)) {
    Why = "implicit compiler type";
    return std::nullopt;
  }
  if (isTagSpellable(D))
    return QualType(TT, 0);
  if (auto Alias = unnamedTagType(Ctx, D, Depth))
    return *Alias;
  Why = hasFunctionContext(D) ? "type declared inside a function cannot be named at file scope"
                              : "unnamed struct/union/enum without a typedef";
  return std::nullopt;
}

/// Sugar that only wraps another type (elaborated names, parentheses,
/// decayed parameters, attributes): the wrapped type, else null.
QualType wrappedType(const Type *Ty) {
  switch (Ty->getTypeClass()) {
  case Type::Elaborated:
    return cast<ElaboratedType>(Ty)->getNamedType();
  case Type::Paren:
    return cast<ParenType>(Ty)->getInnerType();
  case Type::Decayed:
  case Type::Adjusted:
    return cast<AdjustedType>(Ty)->getAdjustedType();
  case Type::Attributed:
    return cast<AttributedType>(Ty)->getEquivalentType();
  default:
    return QualType();
  }
}

/// Types built around one other type (pointers, arrays, _Atomic, _Complex):
/// rebuilt around the sanitized inner type.
Sanitized sanitizeDerived(ASTContext &Ctx, const Type *Ty, std::string &Why, unsigned Depth) {
  auto Sub = [&](QualType X) { return sanitize(Ctx, X, Why, Depth + 1); };
  switch (Ty->getTypeClass()) {
  case Type::Pointer:
    if (auto U = Sub(cast<PointerType>(Ty)->getPointeeType()))
      return Ctx.getPointerType(*U);
    return std::nullopt;
  case Type::BlockPointer:
    if (auto U = Sub(cast<BlockPointerType>(Ty)->getPointeeType()))
      return Ctx.getBlockPointerType(*U);
    return std::nullopt;
  case Type::ConstantArray: {
    const auto *CAT = cast<ConstantArrayType>(Ty);
    if (auto U = Sub(CAT->getElementType()))
      return Ctx.getConstantArrayType(*U, CAT->getSize(), nullptr, ArraySizeModifier::Normal, 0);
    return std::nullopt;
  }
  case Type::IncompleteArray:
    if (auto U = Sub(cast<IncompleteArrayType>(Ty)->getElementType()))
      return Ctx.getIncompleteArrayType(*U, ArraySizeModifier::Normal, 0);
    return std::nullopt;
  case Type::Atomic:
    if (auto U = Sub(cast<AtomicType>(Ty)->getValueType()))
      return Ctx.getAtomicType(*U);
    return std::nullopt;
  case Type::Complex:
    if (auto U = Sub(cast<ComplexType>(Ty)->getElementType()))
      return Ctx.getComplexType(*U);
    return std::nullopt;
  default:
    llvm_unreachable("not a derived type");
  }
}

/// Function types: return and parameter types sanitized.
Sanitized sanitizeFunction(ASTContext &Ctx, const FunctionType *FT, std::string &Why,
                           unsigned Depth) {
  auto Ret = sanitize(Ctx, FT->getReturnType(), Why, Depth + 1);
  if (!Ret)
    return std::nullopt;
  const auto *FPT = dyn_cast<FunctionProtoType>(FT);
  if (!FPT)
    return Ctx.getFunctionNoProtoType(*Ret, FT->getExtInfo());
  std::vector<QualType> Params;
  for (QualType P : FPT->getParamTypes()) {
    auto U = sanitize(Ctx, P, Why, Depth + 1);
    if (!U)
      return std::nullopt;
    Params.push_back(*U);
  }
  return Ctx.getFunctionType(*Ret, Params, FPT->getExtProtoInfo());
}

/// Ty without its local qualifiers, sanitized.
Sanitized sanitizeUnqualified(ASTContext &Ctx, const Type *Ty, std::string &Why, unsigned Depth) {
  switch (Ty->getTypeClass()) {
  case Type::Builtin:
  case Type::Vector:
  case Type::ExtVector:
  case Type::BitInt:
    return QualType(Ty, 0);
  case Type::Typedef:
    return sanitizeTypedef(Ctx, cast<TypedefType>(Ty), Why, Depth);
  case Type::Record:
  case Type::Enum:
    return sanitizeTag(Ctx, cast<TagType>(Ty), Why, Depth);
  case Type::Pointer:
  case Type::BlockPointer:
  case Type::ConstantArray:
  case Type::IncompleteArray:
  case Type::Atomic:
  case Type::Complex:
    return sanitizeDerived(Ctx, Ty, Why, Depth);
  case Type::VariableArray:
  case Type::DependentSizedArray:
    Why = "variably modified type";
    return std::nullopt;
  case Type::FunctionProto:
  case Type::FunctionNoProto:
    return sanitizeFunction(Ctx, cast<FunctionType>(Ty), Why, Depth);
  default:
    break;
  }
  if (QualType W = wrappedType(Ty); !W.isNull())
    return sanitize(Ctx, W, Why, Depth + 1);
  if (QualType D = Ty->getLocallyUnqualifiedSingleStepDesugaredType();
      D.getTypePtr() != Ty || D.hasLocalQualifiers())
    return sanitize(Ctx, D, Why, Depth + 1);
  Why = std::string("unsupported type class ") + Ty->getTypeClassName();
  return std::nullopt;
}
} // namespace

std::optional<QualType> sanitize(ASTContext &Ctx, QualType T, std::string &Why, unsigned Depth) {
  if (T.isNull()) {
    Why = "null type";
    return std::nullopt;
  }
  if (Depth > 256) {
    Why = "type too deeply nested";
    return std::nullopt;
  }
  SplitQualType S = T.split();
  Sanitized R = sanitizeUnqualified(Ctx, S.Ty, Why, Depth);
  if (!R)
    return std::nullopt;
  return Ctx.getQualifiedType(*R, S.Quals);
}

// True when the elements of array type C are const or volatile.
static bool arrayHasCV(QualType C) {
  while (const ArrayType *AT = dyn_cast<ArrayType>(C.getTypePtr())) {
    C = AT->getElementType().getCanonicalType();
    if (C.isConstQualified() || C.isVolatileQualified())
      return true;
  }
  return false;
}

// Drops const/volatile at the top level and on array elements (recursively).
static QualType stripCV(ASTContext &Ctx, QualType T) {
  for (unsigned Guard = 0; Guard < 256; ++Guard) {
    SplitQualType S = T.split();
    S.Quals.removeConst();
    S.Quals.removeVolatile();
    T = Ctx.getQualifiedType(S.Ty, S.Quals);
    QualType C = T.getCanonicalType();
    bool HiddenCV = C.isConstQualified() || C.isVolatileQualified();
    bool HiddenArray = C->isArrayType() && !isa<ArrayType>(T.getTypePtr()) && arrayHasCV(C);
    if (!HiddenCV && !HiddenArray)
      break;
    T = T.getSingleStepDesugaredType(Ctx);
  }
  const Type *Ty = T.getTypePtr();
  Qualifiers Q = T.getLocalQualifiers();
  if (const auto *CAT = dyn_cast<ConstantArrayType>(Ty)) {
    QualType E = stripCV(Ctx, CAT->getElementType());
    return Ctx.getQualifiedType(
        Ctx.getConstantArrayType(E, CAT->getSize(), nullptr, ArraySizeModifier::Normal, 0), Q);
  }
  if (const auto *IAT = dyn_cast<IncompleteArrayType>(Ty)) {
    QualType E = stripCV(Ctx, IAT->getElementType());
    return Ctx.getQualifiedType(Ctx.getIncompleteArrayType(E, ArraySizeModifier::Normal, 0), Q);
  }
  return T;
}

static void replaceWord(std::string &S, const std::string &From, const std::string &To) {
  size_t Pos = 0;
  while ((Pos = S.find(From, Pos)) != std::string::npos) {
    bool WordStart = Pos == 0 || !(isalnum((unsigned char)S[Pos - 1]) || S[Pos - 1] == '_');
    if (WordStart) {
      S.replace(Pos, From.size(), To);
      Pos += To.size();
    } else {
      Pos += From.size();
    }
  }
}

std::optional<std::string> printType(ASTContext &Ctx, QualType T, llvm::StringRef Name,
                                     std::string &Why) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  T.print(OS, cPolicy(Ctx), Name);
  OS.flush();
  if (Out.find("(unnamed") != std::string::npos || Out.find("(anonymous") != std::string::npos ||
      Out.find("<") != std::string::npos) {
    Why = "type prints as '" + Out + "', not valid C";
    return std::nullopt;
  }
  // The builtin va_list record is implicit: neither gcc nor clang lets C
  // code name it ("struct __va_list_tag" on x86-64), so name it through
  // __builtin_va_list.
  if (const RecordDecl *VR = vaListRecord(Ctx)) {
    bool IsArray = Ctx.getBuiltinVaListType().getCanonicalType()->isArrayType();
    std::string Tag = std::string(VR->isUnion() ? "union " : "struct ") + VR->getName().str();
    std::string With = IsArray ? "__typeof__((*(__builtin_va_list *)0)[0])" : "__builtin_va_list";
    size_t Pos = 0;
    while ((Pos = Out.find(Tag, Pos)) != std::string::npos) {
      size_t End = Pos + Tag.size();
      bool Start = Pos == 0 || !(isalnum((unsigned char)Out[Pos - 1]) || Out[Pos - 1] == '_');
      bool Stop = End == Out.size() || !(isalnum((unsigned char)Out[End]) || Out[End] == '_');
      if (Start && Stop) {
        Out.replace(Pos, Tag.size(), With);
        Pos += With.size();
      } else {
        Pos = End;
      }
    }
  }
  replaceWord(Out, "typeof(", "__typeof__(");
  replaceWord(Out, "typeof_unqual(", "__typeof_unqual__(");
  return Out;
}

} // namespace detail

void markMovedToFileScope(const Decl *D) {
  ASTContext &Ctx = D->getASTContext();
  auto &M = detail::movedDecls();
  if (!M.count(&Ctx))
    Ctx.AddDeallocation(
        [](void *P) { detail::movedDecls().erase(static_cast<const ASTContext *>(P)); }, &Ctx);
  M[&Ctx].insert(D->getCanonicalDecl());
}

bool isMovedToFileScope(const Decl *D) { return detail::isMoved(D); }

std::optional<std::string> spellType(ASTContext &Ctx, QualType T, llvm::StringRef Name) {
  std::string Why;
  auto S = detail::sanitize(Ctx, T, Why, 0);
  if (!S)
    return std::nullopt;
  return detail::printType(Ctx, *S, Name, Why);
}

std::optional<std::string> spellAssignableType(ASTContext &Ctx, QualType T, llvm::StringRef Name) {
  std::string Why;
  auto S = detail::sanitize(Ctx, T, Why, 0);
  if (!S)
    return std::nullopt;
  return detail::printType(Ctx, detail::stripCV(Ctx, *S), Name, Why);
}

} // namespace mig
