//===- TypeDescriptorEmitter.cpp - __mig_type tables as C text ------------===//
//
// Every descriptor is keyed by the canonical type it describes and written
// once per unit. Sizes, alignments and offsets are sizeof/_Alignof/offsetof
// expressions on a spelling of the type, so the target compiler computes its
// own layout. Types without a file-scope name are reached through the record
// that declares them:
//   * a named member of unnamed type `struct outer { struct { int x; } in; }`
//     is spelled `__typeof__(((struct outer *)0)->in)`;
//   * an anonymous member (C11) cannot be spelled at all: its fields are
//     addressed through the enclosing named record B (they are members of B
//     for offsetof), its own offset X in B is the offset in B of a member
//     known to sit at its start, its size and alignment are computed from its
//     members; its bitfield probe works on a B.
// Descriptor identifiers: __mig_ty_N for the unit's own types (numbered in
// the order mig-pp asks, so two targets' outputs match), __mig_ty_sys_N for
// types from system headers (whose fields may differ per target), fixed names
// for built-in scalars without a shared runtime descriptor (__int128, complex,
// va_list, vectors).
//
//===----------------------------------------------------------------------===//
#include "mig/TypeDescriptorEmitter.h"

#include "TypeSpellingImpl.h"

#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecordLayout.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <cstdint>

using namespace clang;

namespace mig {

namespace {

std::string cString(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\') {
      Out += '\\';
      Out += C;
    } else if ((unsigned char)C < 0x20 || (unsigned char)C >= 0x7f) {
      char Buf[8];
      snprintf(Buf, sizeof Buf, "\\%03o", (unsigned)(unsigned char)C);
      Out += Buf;
    } else {
      Out += C;
    }
  }
  return Out + "\"";
}

std::string offsetOf(const std::string &Base, llvm::StringRef Member) {
  return "__builtin_offsetof(" + Base + ", " + Member.str() + ")";
}

std::string memberOf(const std::string &Base, llvm::StringRef Member) {
  return "((" + Base + " *)0)->" + Member.str();
}

/// Off - X, X being "" for "nothing to subtract".
std::string relative(const std::string &Off, const std::string &X) {
  if (X.empty())
    return Off;
  return "(" + Off + ") - (" + X + ")";
}

std::string maxOf(const std::vector<std::string> &Items) {
  std::string Acc = Items.front();
  for (size_t I = 1; I < Items.size(); ++I)
    Acc = "((" + Acc + ") > (" + Items[I] + ") ? (" + Acc + ") : (" + Items[I] + "))";
  return Acc;
}

std::string roundUp(const std::string &V, const std::string &A) {
  return "(((" + V + ") + (" + A + ") - 1) / (" + A + ") * (" + A + "))";
}

bool isPlainNamedField(const FieldDecl *F) {
  return F->getIdentifier() && !F->isBitField() && !F->isAnonymousStructOrUnion();
}

} // namespace

/// All of the emitter's logic; a friend of TypeDescriptorEmitter.
class TypeDescriptorEmitterImpl {
public:
  using Ref = TypeDescriptorEmitter::Ref;

  /// How a field's type is reached from the record that declares it.
  struct FieldCtx {
    const RecordDecl *ParentRD = nullptr; ///< declaring record (null: generated)
    std::string Base;                     ///< spelled record type the member is accessed on
    std::string ParentName;               ///< portable name of the declaring record
    unsigned Index = 0;                   ///< field index in the declaring record
    std::string FieldName;                ///< member name ("" for an anonymous member)
    std::string Subscripts;               ///< "[0]" per array dimension of the member
    std::string AnonOffset;               ///< anonymous members: offset expression in Base
    bool ConstBase = false;               ///< Base is const-qualified (probe cannot assign)
  };

  TypeDescriptorEmitterImpl(TypeDescriptorEmitter &E)
      : E(E), Ctx(E.Ctx), SM(Ctx.getSourceManager()) {}

  TypeDescriptorEmitter &E;
  ASTContext &Ctx;
  SourceManager &SM;

  /// "anon <outer>.<index>"; nested ones extend the outer name:
  /// "anon struct s.2.0".
  static std::string anonName(const FieldCtx &FC) {
    llvm::StringRef P = FC.ParentName;
    std::string Head = P.starts_with("anon ") ? P.str() : "anon " + P.str();
    return Head + "." + std::to_string(FC.Index);
  }

  bool fail(const std::string &Why) {
    E.LastError = Why;
    return false;
  }

  static std::string keyOf(QualType C) {
    char Buf[32];
    snprintf(Buf, sizeof Buf, "t:%p", C.getAsOpaquePtr());
    return Buf;
  }

  std::optional<std::string> lookup(const std::string &Key) {
    auto It = E.ByKey.find(Key);
    if (It == E.ByKey.end())
      return std::nullopt;
    return "&" + E.Entries[It->second].Id;
  }

  /// Reserves an entry; returns its index. Id suffix is returned in Sfx.
  size_t reserve(const std::string &Key, int Category, std::string &Sfx,
                 const std::string &FixedId = "") {
    TypeDescriptorEmitter::Entry En;
    En.Category = Category;
    if (!FixedId.empty()) {
      Sfx = FixedId;
    } else if (Category == 2) {
      Sfx = "sys_" + std::to_string(E.NextSysId++);
    } else {
      Sfx = std::to_string(E.NextUserId++);
    }
    En.Id = "__mig_ty_" + Sfx;
    E.Entries.push_back(En);
    E.ByKey[Key] = E.Entries.size() - 1;
    return E.Entries.size() - 1;
  }

  void drop(const std::string &Key, size_t Idx) {
    E.ByKey.erase(Key);
    E.Entries[Idx].Definition.clear();
  }

  static QualType canonUnqual(ASTContext &Ctx, QualType T) {
    QualType C = Ctx.getCanonicalType(T).getUnqualifiedType();
    while (const auto *AT = dyn_cast<AtomicType>(C.getTypePtr()))
      C = Ctx.getCanonicalType(AT->getValueType()).getUnqualifiedType();
    return C;
  }

  // ---- pointer detection --------------------------------------------------
  std::map<const RecordDecl *, bool> PtrMemo;
  bool hasPtr(QualType T) {
    QualType C = canonUnqual(Ctx, T);
    while (const ArrayType *AT = Ctx.getAsArrayType(C))
      C = canonUnqual(Ctx, AT->getElementType());
    if (C->isPointerType() || C->isBlockPointerType() || C->isNullPtrType())
      return true;
    if (const auto *RT = C->getAs<RecordType>()) {
      const RecordDecl *D = RT->getDecl()->getDefinition();
      if (!D)
        return false;
      auto It = PtrMemo.find(D);
      if (It != PtrMemo.end())
        return It->second;
      PtrMemo[D] = false;
      bool R = false;
      for (const FieldDecl *F : D->fields())
        if (hasPtr(F->getType())) {
          R = true;
          break;
        }
      PtrMemo[D] = R;
      return R;
    }
    return false;
  }

  // ---- simple own descriptors ---------------------------------------------
  std::string simple(const std::string &Key, const std::string &FixedId, int Category,
                     const std::string &Name, const std::string &Kind, const std::string &Flags,
                     const std::string &Size, const std::string &Align) {
    if (auto R = lookup(Key))
      return *R;
    std::string Sfx;
    size_t Idx = reserve(Key, Category, Sfx, FixedId);
    auto &En = E.Entries[Idx];
    En.Definition = "static const __mig_type " + En.Id + " = {" + cString(Name) + ", " + Kind +
                    ", " + Flags + ", " + Size + ", " + Align + ", 0, 0, 0};\n";
    return "&" + En.Id;
  }

  std::string simpleSpelled(const std::string &Key, const std::string &FixedId,
                            const std::string &Name, const std::string &Kind,
                            const std::string &Spelled) {
    return simple(Key, FixedId, 1, Name, Kind, "0", "sizeof(" + Spelled + ")",
                  "_Alignof(" + Spelled + ")");
  }

  static const char *syncKind(llvm::StringRef TypedefName) {
    if (TypedefName == "pthread_mutex_t")
      return "MIG_K_MUTEX";
    if (TypedefName == "pthread_cond_t")
      return "MIG_K_COND";
    if (TypedefName == "pthread_rwlock_t" || TypedefName == "pthread_barrier_t" ||
        TypedefName == "sem_t")
      return "MIG_K_UNSAFE";
    return nullptr;
  }

  /// R (an integer scalar's descriptor) as a pointer-carrying integer of
  /// the same C type; other descriptors unchanged.
  Ref pointerCarrying(Ref R) {
    static const char *const Wide[][3] = {{"&__mig_type_long", "long", "MIG_TF_SIGNED"},
                                          {"&__mig_type_ulong", "unsigned long", "0"},
                                          {"&__mig_type_llong", "long long", "MIG_TF_SIGNED"},
                                          {"&__mig_type_ullong", "unsigned long long", "0"}};
    for (const auto &W : Wide)
      if (R.Type == W[0]) {
        std::string C = W[1];
        R.Type = simple("ptrint:" + C, "ptrint_" + sanitizeId(C), 1, "ptrint " + C, "MIG_K_PTRINT",
                        std::string(W[2]) + " | MIG_TF_HAS_PTR", "sizeof(" + C + ")",
                        "_Alignof(" + C + ")");
      }
    return R;
  }

  std::optional<Ref> describeCarrier(QualType T, const FieldCtx *FC, const Decl *D) {
    auto R = describe(T, FC);
    if (R && D && E.carriesPointer(D))
      return pointerCarrying(*R);
    return R;
  }

  std::string vaList() {
    return simpleSpelled("va_list", "va_list", "va_list", "MIG_K_UNSAFE", "__builtin_va_list");
  }

  static std::string sanitizeId(llvm::StringRef S) {
    std::string Out;
    for (char C : S)
      Out += (isalnum((unsigned char)C) ? C : '_');
    return Out;
  }

  std::optional<std::string> builtin(const BuiltinType *BT) {
    switch (BT->getKind()) {
    case BuiltinType::Void:
      return std::string("&__mig_type_bytes");
    case BuiltinType::Bool:
      return std::string("&__mig_type_bool");
    case BuiltinType::Char_S:
    case BuiltinType::Char_U:
      return std::string("&__mig_type_char");
    case BuiltinType::SChar:
      return std::string("&__mig_type_schar");
    case BuiltinType::UChar:
      return std::string("&__mig_type_uchar");
    case BuiltinType::Short:
      return std::string("&__mig_type_short");
    case BuiltinType::UShort:
      return std::string("&__mig_type_ushort");
    case BuiltinType::Int:
      return std::string("&__mig_type_int");
    case BuiltinType::UInt:
      return std::string("&__mig_type_uint");
    case BuiltinType::Long:
      return std::string("&__mig_type_long");
    case BuiltinType::ULong:
      return std::string("&__mig_type_ulong");
    case BuiltinType::LongLong:
      return std::string("&__mig_type_llong");
    case BuiltinType::ULongLong:
      return std::string("&__mig_type_ullong");
    case BuiltinType::Float:
      return std::string("&__mig_type_float");
    case BuiltinType::Double:
      return std::string("&__mig_type_double");
    case BuiltinType::LongDouble:
      return std::string("&__mig_type_ldouble");
    case BuiltinType::NullPtr:
      return std::string("&__mig_type_ptr");
    case BuiltinType::Int128:
      return simpleSpelled("int128", "int128", "__int128", "MIG_K_INT128", "__int128");
    case BuiltinType::UInt128:
      return simpleSpelled("uint128", "uint128", "unsigned __int128", "MIG_K_UINT128",
                           "unsigned __int128");
    case BuiltinType::Half:
    case BuiltinType::Float16:
    case BuiltinType::BFloat16:
    case BuiltinType::Float128:
    case BuiltinType::Ibm128: {
      std::string Sp = BT->getName(detail::cPolicy(Ctx)).str();
      return simpleSpelled("b:" + Sp, sanitizeId(Sp), Sp, "MIG_K_BYTES", Sp);
    }
    default:
      if (BT->isSizelessType()) {
        fail("sizeless type " + BT->getName(detail::cPolicy(Ctx)).str() + " cannot be described");
        return std::nullopt;
      }
      fail("unsupported builtin type " + BT->getName(detail::cPolicy(Ctx)).str());
      return std::nullopt;
    }
  }

  // The descriptor of a C library integer typedef that is the same portable
  // integer on every target (see describe()), or nullptr. `Bits` is its
  // size on this target.
  const char *libcIntegerTypedef(llvm::StringRef Name, uint64_t Bits, bool Signed) const {
    static const char *const Wide64[] = {
        "int64_t",       "uint64_t",       "__int64_t",       "__uint64_t",
        "int_least64_t", "uint_least64_t", "__int_least64_t", "__uint_least64_t",
        "int_fast64_t",  "uint_fast64_t",  "intmax_t",        "uintmax_t",
        "__intmax_t",    "__uintmax_t",    "__quad_t",        "__u_quad_t"};
    static const char *const PtrWidth[] = {
        "size_t",     "ssize_t",      "__ssize_t",     "ptrdiff_t",    "intptr_t",     "uintptr_t",
        "__intptr_t", "int_fast16_t", "uint_fast16_t", "int_fast32_t", "uint_fast32_t"};
    for (const char *N : Wide64)
      if (Name == N && Bits == 64)
        return Signed ? "&__mig_type_llong" : "&__mig_type_ullong";
    uint64_t PtrBits = Ctx.getTypeSize(Ctx.VoidPtrTy);
    for (const char *N : PtrWidth)
      if (Name == N && Bits == PtrBits && Bits == Ctx.getTypeSize(Ctx.LongTy))
        return Signed ? "&__mig_type_long" : "&__mig_type_ulong";
    return nullptr;
  }

  // ---- function signatures ------------------------------------------------
  // A function pointer's descriptor is named by its signature, spelled the
  // same on every target (the name is in the program fingerprint): C's
  // integer typedefs that change type between ABIs (size_t, int64_t) by
  // their one portable integer, wchar_t as int, va_list as "va_list", other
  // typedefs by what they stand for; top-level qualifiers of parameters
  // dropped and arrays/functions decayed, as C's compatibility rules do.
  // "int (*)(const char *)", "void (*)(int, ...)", unprototyped "int (*)()".
  std::string portableScalarName(llvm::StringRef Descriptor) const {
    static const std::pair<const char *, const char *> Names[] = {
        {"&__mig_type_long", "long"},
        {"&__mig_type_ulong", "unsigned long"},
        {"&__mig_type_llong", "long long"},
        {"&__mig_type_ullong", "unsigned long long"}};
    for (const auto &N : Names)
      if (Descriptor == N.first)
        return N.second;
    return Descriptor.str();
  }

  /// The portable name of a typedef'd integer T, or "".
  std::string portableTypedefName(QualType T) {
    QualType C = canonUnqual(Ctx, T);
    if (isSpelledAsVaList(Ctx, T) || (isVaListType(Ctx, T)))
      return "va_list";
    if (const auto *DT = dyn_cast<DecayedType>(T.getTypePtr()))
      if (isSpelledAsVaList(Ctx, DT->getOriginalType()))
        return "va_list";
    // A decayed array va_list without its sugar (x86-64: struct
    // __va_list_tag *): nothing else has that type.
    QualType VaList = Ctx.getBuiltinVaListType();
    if (!VaList.isNull() && VaList.getCanonicalType()->isArrayType() &&
        C == canonUnqual(Ctx, Ctx.getDecayedType(VaList.getCanonicalType())))
      return "va_list";
    for (QualType W = T; !W.isNull();) {
      if (const auto *TT = dyn_cast<TypedefType>(W.getTypePtr())) {
        if (TT->getDecl()->getName() == "wchar_t" && C->isIntegerType())
          return "int";
        if (SM.isInSystemHeader(TT->getDecl()->getLocation()) && C->isIntegerType() &&
            !C->isEnumeralType())
          if (const char *Fixed = libcIntegerTypedef(TT->getDecl()->getName(), Ctx.getTypeSize(C),
                                                     C->isSignedIntegerType()))
            return portableScalarName(Fixed);
      }
      QualType D = W.getSingleStepDesugaredType(Ctx);
      if (D == W)
        break;
      W = D;
    }
    return "";
  }

  std::string signatureTypeName(QualType T, int Depth = 0) {
    if (Depth > 32)
      return "...";
    std::string Quals;
    QualType Canon = Ctx.getCanonicalType(T);
    if (Canon.isConstQualified())
      Quals += "const ";
    if (Canon.isVolatileQualified())
      Quals += "volatile ";
    std::string Fixed = portableTypedefName(T);
    if (!Fixed.empty())
      return Quals + Fixed;
    QualType C = Canon.getUnqualifiedType();
    if (const auto *PT = dyn_cast<PointerType>(C.getTypePtr())) {
      // Keep the pointee's sugar (a size_t * must read the same on every
      // target): take it from T itself where T is a pointer.
      QualType Pointee = PT->getPointeeType();
      if (const auto *SPT = T->getAs<PointerType>())
        Pointee = SPT->getPointeeType();
      if (Pointee->isFunctionType())
        return Quals + functionSignature(Pointee, Depth + 1);
      return Quals + signatureTypeName(Pointee, Depth + 1) + " *";
    }
    if (const auto *AT = Ctx.getAsArrayType(C)) {
      std::string N = "[]";
      if (const auto *CAT = dyn_cast<ConstantArrayType>(AT))
        N = "[" + std::to_string(CAT->getZExtSize()) + "]";
      return Quals + signatureTypeName(AT->getElementType(), Depth + 1) + N;
    }
    if (const auto *TT = C->getAs<TagType>()) {
      const TagDecl *D = TT->getDecl();
      std::string Kw = D->isUnion() ? "union " : D->isEnum() ? "enum " : "struct ";
      if (D->getIdentifier())
        return Quals + Kw + D->getName().str();
      if (const auto *TD = D->getTypedefNameForAnonDecl())
        return Quals + TD->getName().str();
      return Quals + "anon " + Kw.substr(0, Kw.size() - 1);
    }
    return Quals + C.getAsString(detail::cPolicy(Ctx));
  }

  /// "R (*)(P1, P2)" for function type F.
  std::string functionSignature(QualType F, int Depth = 0) {
    const auto *FT = F->getAs<FunctionType>();
    if (!FT)
      return signatureTypeName(F, Depth);
    std::string Ret = signatureTypeName(FT->getReturnType().getUnqualifiedType(), Depth + 1);
    const auto *FPT = dyn_cast<FunctionProtoType>(FT);
    if (!FPT)
      return Ret + " (*)()";
    std::string Params;
    for (QualType P : FPT->getParamTypes()) {
      if (!Params.empty())
        Params += ", ";
      Params += signatureTypeName(P.getUnqualifiedType(), Depth + 1);
    }
    if (FPT->isVariadic())
      Params += Params.empty() ? "..." : ", ...";
    if (Params.empty())
      Params = "void";
    return Ret + " (*)(" + Params + ")";
  }

  /// The descriptor of a pointer to function type F.
  std::string describeFunctionPointer(QualType F) {
    std::string Name = functionSignature(F);
    if (Name == "void (*)(void)")
      return "&__mig_type_fnptr";
    char Hash[24];
    snprintf(Hash, sizeof Hash, "fn_%016llx", (unsigned long long)llvm::xxh3_64bits(Name));
    return simple("fn:" + Name, Hash, 1, Name, "MIG_K_FNPTR", "MIG_TF_HAS_PTR",
                  "sizeof(void (*)(void))", "_Alignof(void (*)(void))");
  }

  // ---- main dispatch ------------------------------------------------------
  std::optional<Ref> describe(QualType T, const FieldCtx *FC) {
    if (T.isNull()) {
      fail("null type");
      return std::nullopt;
    }
    if (T->isVariablyModifiedType()) {
      fail("variably modified type cannot be described");
      return std::nullopt;
    }
    QualType C = canonUnqual(Ctx, T);
    QualType Written = T; // the element type as written (typedef sugar)
    QualType VaList;
    if (!Ctx.getBuiltinVaListType().isNull())
      VaList = canonUnqual(Ctx, Ctx.getBuiltinVaListType());
    uint64_t Count = 1;
    std::string Subs;
    for (;;) {
      if (!VaList.isNull() && C == VaList &&
          (!VaList->isPointerType() || isSpelledAsVaList(Ctx, Written)))
        return Ref{vaList(), std::to_string(Count)};
      if (const auto *CAT = dyn_cast<ConstantArrayType>(C.getTypePtr())) {
        Count *= CAT->getZExtSize();
        C = canonUnqual(Ctx, CAT->getElementType());
        if (const ArrayType *WA = Ctx.getAsArrayType(Written))
          Written = WA->getElementType();
        Subs += "[0]";
        continue;
      }
      if (const auto *IAT = dyn_cast<IncompleteArrayType>(C.getTypePtr())) {
        Count = 0;
        C = canonUnqual(Ctx, IAT->getElementType());
        if (const ArrayType *WA = Ctx.getAsArrayType(Written))
          Written = WA->getElementType();
        Subs += "[0]";
        continue;
      }
      if (isa<ArrayType>(C.getTypePtr())) {
        fail("variably modified type cannot be described");
        return std::nullopt;
      }
      break;
    }
    std::string CountS = std::to_string(Count);
    FieldCtx Sub;
    if (FC) {
      Sub = *FC;
      Sub.Subscripts = Subs;
    }
    const FieldCtx *SFC = FC ? &Sub : nullptr;

    const Type *Ty = C.getTypePtr();
    // wchar_t is int on x86-64 and unsigned int on AArch64: describe it as
    // int on both so that the portable description (kinds) agrees.
    // Likewise the C library's integer typedefs whose underlying type
    // differs between ABIs of the same width (int64_t: long on LP64, long
    // long on ILP32) or follows the pointer width (size_t: unsigned long on
    // LP64, unsigned int on ILP32): each is described by one kind on every
    // target, of the same size as the real type there.
    for (QualType W = Written; !W.isNull();) {
      if (const auto *TT = dyn_cast<TypedefType>(W.getTypePtr())) {
        if (TT->getDecl()->getName() == "wchar_t" &&
            SM.isInSystemHeader(TT->getDecl()->getLocation()) && C->isIntegerType() &&
            Ctx.getTypeSize(C) == 32)
          return Ref{"&__mig_type_int", CountS};
        if (SM.isInSystemHeader(TT->getDecl()->getLocation()) && C->isIntegerType() &&
            !C->isEnumeralType())
          if (const char *Fixed = libcIntegerTypedef(TT->getDecl()->getName(), Ctx.getTypeSize(C),
                                                     C->isSignedIntegerType()))
            return Ref{Fixed, CountS};
      }
      QualType D = W.getSingleStepDesugaredType(Ctx);
      if (D == W)
        break;
      W = D;
    }
    if (const auto *BT = dyn_cast<BuiltinType>(Ty)) {
      auto R = builtin(BT);
      if (!R)
        return std::nullopt;
      return Ref{*R, CountS};
    }
    if (const auto *PT = dyn_cast<PointerType>(Ty)) {
      // A va_list parameter decays to a pointer to the va_list record on
      // x86-64 (array va_list) but stays a va_list on AArch64: both are
      // unsafe, with the same portable name.
      if (const RecordDecl *VR = detail::vaListRecord(Ctx))
        if (Ctx.getBuiltinVaListType().getCanonicalType()->isArrayType())
          if (const auto *PRT = PT->getPointeeType()->getAs<RecordType>())
            if (PRT->getDecl() == VR)
              return Ref{simple("va_list_ptr", "va_list_param", 1, "va_list", "MIG_K_UNSAFE", "0",
                                "sizeof(void *)", "_Alignof(void *)"),
                         CountS};
      if (PT->getPointeeType()->isFunctionType()) {
        // The pointee with its sugar (parameter typedefs) where T has it.
        QualType Fn = PT->getPointeeType();
        if (const auto *WPT = Written->getAs<PointerType>())
          Fn = WPT->getPointeeType();
        return Ref{describeFunctionPointer(Fn), CountS};
      }
      return Ref{"&__mig_type_ptr", CountS};
    }
    if (isa<BlockPointerType>(Ty))
      return Ref{"&__mig_type_ptr", CountS};
    if (const auto *CT = dyn_cast<ComplexType>(Ty)) {
      QualType El = canonUnqual(Ctx, CT->getElementType());
      std::string Sp = "_Complex " + El.getAsString(detail::cPolicy(Ctx));
      if (El->isSpecificBuiltinType(BuiltinType::Float))
        return Ref{simpleSpelled("cfloat", "cfloat", Sp, "MIG_K_CFLOAT", Sp), CountS};
      if (El->isSpecificBuiltinType(BuiltinType::Double))
        return Ref{simpleSpelled("cdouble", "cdouble", Sp, "MIG_K_CDOUBLE", Sp), CountS};
      if (El->isSpecificBuiltinType(BuiltinType::LongDouble))
        return Ref{simpleSpelled("cldouble", "cldouble", Sp, "MIG_K_CLDOUBLE", Sp), CountS};
      if (!El->isBuiltinType()) {
        fail("unsupported complex type");
        return std::nullopt;
      }
      return Ref{simpleSpelled("c:" + Sp, sanitizeId(Sp), Sp, "MIG_K_BYTES", Sp), CountS};
    }
    if (isa<VectorType>(Ty)) {
      uint64_t Size = Ctx.getTypeSizeInChars(C).getQuantity();
      uint64_t Align = Ctx.getTypeAlignInChars(C).getQuantity();
      std::string S = std::to_string(Size), A = std::to_string(Align);
      return Ref{simple("vec:" + S + ":" + A, "vector" + S + "_" + A, 1, "vector " + S,
                        "MIG_K_BYTES", "0", S, A),
                 CountS};
    }
    if (const auto *BI = dyn_cast<BitIntType>(Ty)) {
      std::string Sp = std::string(BI->isUnsigned() ? "unsigned " : "") + "_BitInt(" +
                       std::to_string(BI->getNumBits()) + ")";
      return Ref{simpleSpelled("bi:" + Sp, sanitizeId(Sp), Sp, "MIG_K_BYTES", Sp), CountS};
    }
    if (const auto *ET = dyn_cast<EnumType>(Ty)) {
      auto R = describeEnum(ET, SFC);
      if (!R)
        return std::nullopt;
      return Ref{*R, CountS};
    }
    if (const auto *RT = dyn_cast<RecordType>(Ty)) {
      auto R = describeRecord(RT, SFC, Written);
      if (!R)
        return std::nullopt;
      return Ref{*R, CountS};
    }
    if (Ty->isFunctionType()) {
      fail("a function type is not an object type");
      return std::nullopt;
    }
    fail(std::string("unsupported type class ") + Ty->getTypeClassName());
    return std::nullopt;
  }

  // ---- enums --------------------------------------------------------------
  std::optional<std::string> describeEnum(const EnumType *ET, const FieldCtx *FC) {
    std::string Key = keyOf(QualType(ET, 0));
    if (auto R = lookup(Key))
      return R;
    const EnumDecl *ED = ET->getDecl();
    const EnumDecl *Def = ED->getDefinition();
    if (!Def || Def->getIntegerType().isNull()) {
      fail("incomplete enum type");
      return std::nullopt;
    }
    QualType IT = Def->getIntegerType();
    if (!FC && !Def->getIdentifier() && !Def->getTypedefNameForAnonDecl())
      if (const auto *P = dyn_cast<RecordDecl>(Def->getDeclContext())) {
        // Named after the record declaring it: describe that one first.
        std::string Saved = E.LastError;
        if (describeRecord(cast<RecordType>(Ctx.getRecordType(P).getTypePtr()), nullptr))
          if (auto R = lookup(Key))
            return R;
        E.LastError = Saved;
      }
    bool Sys = SM.isInSystemHeader(Def->getLocation());
    std::string Name;
    if (Def->getIdentifier())
      Name = "enum " + Def->getName().str();
    else if (const auto *TD = Def->getTypedefNameForAnonDecl())
      Name = TD->getName().str();
    else if (FC)
      Name = anonName(*FC);
    else {
      std::string Hint;
      detail::unnamedTagAnchor(Ctx, Def, &Hint);
      Name = Hint.empty() ? "anon enum" : "anon " + Hint;
    }
    std::string Sp;
    if (auto S = spellType(Ctx, QualType(ET, 0)))
      Sp = *S;
    else if (auto S2 = spellType(Ctx, IT))
      Sp = *S2; // same size and alignment as the enum
    else {
      fail("cannot spell the integer type of an enum");
      return std::nullopt;
    }
    std::string Flags = IT->isSignedIntegerType() ? "MIG_TF_SIGNED" : "";
    if (Sys)
      Flags += Flags.empty() ? "MIG_TF_SYSTEM" : " | MIG_TF_SYSTEM";
    if (Flags.empty())
      Flags = "0";
    return simple(Key, "", Sys ? 2 : 0, Name, "MIG_K_ENUM", Flags, "sizeof(" + Sp + ")",
                  "_Alignof(" + Sp + ")");
  }

  // ---- anonymous member geometry --------------------------------------------
  const ASTRecordLayout &layout(const RecordDecl *D) { return Ctx.getASTRecordLayout(D); }

  static const RecordDecl *childOf(const FieldDecl *F) {
    const RecordDecl *R = F->getType()->getAsRecordDecl();
    return R ? R->getDefinition() : nullptr;
  }

  /// Offset in Base of a named member of A found at any depth, minus its
  /// offset inside A (numeric, from the layout); used when no member is known
  /// to sit at A's start.
  std::optional<std::string> findNamed(const RecordDecl *A, const std::string &Base, uint64_t Acc) {
    const ASTRecordLayout &L = layout(A);
    for (const FieldDecl *F : A->fields()) {
      if (F->isBitField())
        continue;
      uint64_t Off = Acc + L.getFieldOffset(F->getFieldIndex()) / Ctx.getCharWidth();
      if (F->isAnonymousStructOrUnion()) {
        if (const RecordDecl *Ch = childOf(F))
          if (auto R = findNamed(Ch, Base, Off))
            return R;
        continue;
      }
      if (!F->getIdentifier())
        continue;
      std::string O = offsetOf(Base, F->getName());
      if (Off == 0)
        return O;
      return "(" + O + ") - " + std::to_string(Off);
    }
    return std::nullopt;
  }

  /// Expression for the offset in Base of anonymous-member record A.
  std::optional<std::string> anchor(const RecordDecl *A, const std::string &Base) {
    if (A->isUnion()) {
      for (const FieldDecl *F : A->fields()) {
        if (F->isBitField() || F->getType()->isIncompleteArrayType())
          continue;
        if (F->isAnonymousStructOrUnion()) {
          if (const RecordDecl *Ch = childOf(F))
            if (auto R = anchor(Ch, Base))
              return R;
          continue;
        }
        if (F->getIdentifier())
          return offsetOf(Base, F->getName());
      }
    } else if (!A->field_empty()) {
      const FieldDecl *F = *A->field_begin();
      if (!F->isBitField()) {
        if (F->isAnonymousStructOrUnion()) {
          if (const RecordDecl *Ch = childOf(F))
            if (auto R = anchor(Ch, Base))
              return R;
        } else if (F->getIdentifier()) {
          return offsetOf(Base, F->getName());
        }
      }
    }
    return findNamed(A, Base, 0);
  }

  static bool hasLayoutAttrs(const RecordDecl *A) {
    return A->hasAttr<PackedAttr>() || A->hasAttr<AlignedAttr>() ||
           A->hasAttr<MaxFieldAlignmentAttr>();
  }

  std::optional<std::string> alignExpr(const RecordDecl *A, const std::string &Base) {
    if (hasLayoutAttrs(A) || A->field_empty())
      return std::nullopt;
    std::vector<std::string> Items;
    for (const FieldDecl *F : A->fields()) {
      if (F->isBitField() || F->getType()->isIncompleteArrayType())
        return std::nullopt;
      if (F->isAnonymousStructOrUnion()) {
        const RecordDecl *Ch = childOf(F);
        if (!Ch)
          return std::nullopt;
        auto R = alignExpr(Ch, Base);
        if (!R)
          return std::nullopt;
        Items.push_back(*R);
      } else if (F->getIdentifier()) {
        Items.push_back("__alignof__(" + memberOf(Base, F->getName()) + ")");
      } else {
        return std::nullopt;
      }
    }
    return maxOf(Items);
  }

  std::optional<std::string> sizeExpr(const RecordDecl *A, const std::string &Base,
                                      const std::string &X, const std::string &Align) {
    if (hasLayoutAttrs(A) || A->field_empty())
      return std::nullopt;
    auto MemberSize =
        [&](const FieldDecl *F) -> std::optional<std::pair<std::string, std::string>> {
      // (offset in Base, size) of a member
      if (F->isBitField())
        return std::nullopt;
      if (F->isAnonymousStructOrUnion()) {
        const RecordDecl *Ch = childOf(F);
        if (!Ch)
          return std::nullopt;
        auto XC = anchor(Ch, Base);
        auto AC = alignExpr(Ch, Base);
        if (!XC || !AC)
          return std::nullopt;
        auto SC = sizeExpr(Ch, Base, *XC, *AC);
        if (!SC)
          return std::nullopt;
        return std::make_pair(*XC, *SC);
      }
      if (!F->getIdentifier())
        return std::nullopt;
      if (F->getType()->isIncompleteArrayType())
        return std::make_pair(offsetOf(Base, F->getName()), std::string("0"));
      return std::make_pair(offsetOf(Base, F->getName()),
                            "sizeof(" + memberOf(Base, F->getName()) + ")");
    };
    if (A->isUnion()) {
      std::vector<std::string> Sizes;
      for (const FieldDecl *F : A->fields()) {
        auto M = MemberSize(F);
        if (!M)
          return std::nullopt;
        Sizes.push_back(M->second);
      }
      return roundUp(maxOf(Sizes), Align);
    }
    const FieldDecl *Last = nullptr;
    for (const FieldDecl *F : A->fields())
      Last = F;
    auto M = MemberSize(Last);
    if (!M)
      return std::nullopt;
    std::string End = M->second == "0" ? M->first : "(" + M->first + ") + " + M->second;
    return roundUp(relative(End, X), Align);
  }

  /// The value with all W bits set, as a constant that fits a bitfield of
  /// type FT and width W (no constant-conversion warnings).
  std::string allOnes(QualType FT, unsigned W) {
    QualType C = canonUnqual(Ctx, FT);
    if (C->isBooleanType())
      return "1";
    if (C->isSignedIntegerOrEnumerationType())
      return "-1";
    auto Hex = [](uint64_t V) {
      char Buf[40];
      snprintf(Buf, sizeof Buf, "0x%llxull", (unsigned long long)V);
      return std::string(Buf);
    };
    if (W <= 64)
      return Hex(W == 64 ? ~0ull : ((1ull << W) - 1));
    unsigned H = W - 64;
    return "(((unsigned __int128)" + Hex(H >= 64 ? ~0ull : ((1ull << H) - 1)) +
           " << 64) | 0xffffffffffffffffull)";
  }

  // ---- records ------------------------------------------------------------
  /// How a record is named in the generated C.
  struct RecordNaming {
    std::string Spell;       ///< its C type ("" for anonymous members)
    bool ConstSpell = false; ///< Spell is const: the probe cannot write
    std::string WrittenName; ///< the typedef it was written with, if needed
    std::string Base;        ///< type the members are accessed on
    std::string X;           ///< anonymous member: its offset in Base
    std::string Name;        ///< portable name
  };

  /// A bitfield's probe case: the field set to all ones.
  struct ProbeCase {
    unsigned Index;
    std::string Member;
    bool Wide;
    bool Init;        // const member or base: set it with an initializer
    std::string Ones; // the all-ones value as a constant of the field type
  };

  std::optional<std::string> describeRecord(const RecordType *RT, const FieldCtx *FC,
                                            QualType Written = QualType()) {
    QualType CT(RT, 0);
    std::string Key = keyOf(CT);
    if (auto R = lookup(Key))
      return R;
    const RecordDecl *RD = RT->getDecl();
    const RecordDecl *Def = RD->getDefinition();
    if (!Def) {
      fail("incomplete type '" + CT.getAsString(detail::cPolicy(Ctx)) + "' cannot be described");
      return std::nullopt;
    }
    if (Def == detail::vaListRecord(Ctx) || RD == detail::vaListRecord(Ctx))
      return vaList();
    bool Sys = SM.isInSystemHeader(Def->getLocation());
    bool AnonMember = Def->isAnonymousStructOrUnion();

    RecordNaming N = spellRecord(Def, CT, Written);
    std::optional<std::string> Result;
    if (librarySpecialRecord(Key, Def, Sys, N.Spell, Result) ||
        !nameRecord(Def, Key, FC, N, Result))
      return Result;

    std::string Sfx;
    size_t Idx = reserve(Key, Sys ? 2 : 0, Sfx);
    std::string Id = E.Entries[Idx].Id;
    std::vector<std::string> Lines;
    std::vector<ProbeCase> Probes;
    bool BaseConst = N.ConstSpell || (AnonMember && FC && FC->ConstBase);
    if (!describeFields(Def, N, BaseConst, Lines, Probes)) {
      drop(Key, Idx);
      return std::nullopt;
    }
    auto [Size, Align] = recordSizeAlign(Def, CT, N);
    std::string Text;
    std::string ProbeName = Probes.empty() ? "0" : "__mig_probe_" + Sfx;
    if (!Probes.empty())
      Text += probeFunction(ProbeName, Probes, N, AnonMember, Size);
    std::string FieldsName = "0";
    if (!Lines.empty()) {
      FieldsName = "__mig_fields_" + Sfx;
      Text += "static const __mig_field " + FieldsName + "[] = {\n";
      for (const std::string &L : Lines)
        Text += "  " + L + ",\n";
      Text += "};\n";
    }
    Text += "static const __mig_type " + Id + " = {" + cString(N.Name) + ", " +
            (Def->isUnion() ? "MIG_K_UNION" : "MIG_K_STRUCT") + ", " + recordFlags(Def, CT, Sys) +
            ", " + Size + ", " + Align + ", " + std::to_string(Lines.size()) + ", " + FieldsName +
            ", " + ProbeName + "};\n";
    E.Entries[Idx].Definition = Text;
    return "&" + Id;
  }

  /// The C spelling of a record type, or "" when it has none (anonymous
  /// members, unnamed member types: reached through their parent).
  RecordNaming spellRecord(const RecordDecl *Def, QualType CT, QualType Written) {
    RecordNaming N;
    bool AnonMember = Def->isAnonymousStructOrUnion();
    const auto *DeclParent = dyn_cast<RecordDecl>(Def->getDeclContext());
    bool Unnamed = !Def->getIdentifier() && !Def->getTypedefNameForAnonDecl();
    // Unnamed member types are named after the record declaring them
    // ("anon struct outer.1"): reach them through it (nameRecord).
    if (AnonMember || (Unnamed && DeclParent))
      return N;
    if (auto S = spellType(Ctx, CT)) {
      N.Spell = *S;
    } else if (!Written.isNull() && !Def->getIdentifier() &&
               Written.getTypePtr()->getAs<TypedefType>()) {
      // `typedef const struct {...} T;`: T is not the typedef name of the
      // (unqualified) struct but names it well enough for sizeof/offsetof.
      QualType W = Written;
      W.removeLocalFastQualifiers();
      if (auto S2 = spellType(Ctx, W)) {
        N.Spell = *S2;
        N.ConstSpell =
            W.getCanonicalType().isConstQualified() || W.getCanonicalType().isVolatileQualified();
        N.WrittenName = Written.getTypePtr()->getAs<TypedefType>()->getDecl()->getName().str();
      }
    }
    return N;
  }

  /// The C library's records with kinds of their own. The thread
  /// synchronization types: layouts differ per target and library and they
  /// hold pointers into themselves; mutexes and condition variables are
  /// re-initialized by the receiver (their own kinds), the others cannot be
  /// migrated. A jmp_buf's struct is re-armed by its setjmp site. True when
  /// Def is one of them, with its descriptor (or nullopt) in Out.
  bool librarySpecialRecord(const std::string &Key, const RecordDecl *Def, bool Sys,
                            const std::string &Spell, std::optional<std::string> &Out) {
    if (Sys && !Spell.empty() && Def->getTypedefNameForAnonDecl())
      if (const char *Kind = syncKind(Def->getTypedefNameForAnonDecl()->getName())) {
        Out = simple(Key, "", 2, Def->getTypedefNameForAnonDecl()->getName().str(), Kind,
                     "MIG_TF_SYSTEM", "sizeof(" + Spell + ")", "_Alignof(" + Spell + ")");
        return true;
      }
    if (!Def->getIdentifier() || Def->getName() != "__jmp_buf_tag")
      return false;
    if (Spell.empty()) {
      fail("jmp_buf declared inside a function");
      Out = std::nullopt;
      return true;
    }
    const char *TagKw = Def->isUnion() ? "union " : "struct ";
    Out = simple(Key, "", Sys ? 2 : 0, TagKw + Def->getName().str(), "MIG_K_JMPBUF",
                 Sys ? "MIG_TF_SYSTEM" : "0", "sizeof(" + Spell + ")", "_Alignof(" + Spell + ")");
    return true;
  }

  /// Fills N's Base, X and Name (and Spell for an unnamed member type).
  /// False when describing stops here, with the descriptor found by
  /// describing the declaring record, or nullopt after an error, in Out.
  bool nameRecord(const RecordDecl *Def, const std::string &Key, const FieldCtx *FC,
                  RecordNaming &N, std::optional<std::string> &Out) {
    const char *TagKw = Def->isUnion() ? "union " : "struct ";
    if (!N.Spell.empty()) {
      N.Base = N.Spell;
      if (Def->getIdentifier())
        N.Name = TagKw + Def->getName().str();
      else if (const auto *TD = Def->getTypedefNameForAnonDecl())
        N.Name = TD->getName().str();
      else if (!N.WrittenName.empty())
        N.Name = N.WrittenName;
      else {
        // Spelled through a file-scope variable or typedef declared with it.
        std::string Hint;
        detail::unnamedTagAnchor(Ctx, Def, &Hint);
        N.Name = "anon " + (Hint.empty() ? N.Spell : Hint);
      }
      return true;
    }
    bool AnonMember = Def->isAnonymousStructOrUnion();
    const auto *DeclParent = dyn_cast<RecordDecl>(Def->getDeclContext());
    bool UseFC = FC && FC->ParentRD && FC->ParentRD == DeclParent;
    if (!UseFC && DeclParent) {
      // Reach it through the record that declares it.
      std::string Saved = E.LastError;
      if (describeRecord(cast<RecordType>(Ctx.getRecordType(DeclParent).getTypePtr()), nullptr))
        if (auto R = lookup(Key)) {
          Out = R;
          return false;
        }
      E.LastError = Saved;
    }
    if (!UseFC && FC && !AnonMember && !FC->FieldName.empty())
      UseFC = true; // e.g. a field of a generated frame struct
    if (!UseFC) {
      if (detail::hasFunctionContext(Def))
        fail("type declared inside a function cannot be described at file "
             "scope");
      else
        fail("unnamed struct/union without a typedef cannot be described");
      Out = std::nullopt;
      return false;
    }
    N.Name = anonName(*FC);
    if (AnonMember) {
      N.Base = FC->Base;
      N.X = FC->AnonOffset;
    } else {
      N.Spell = "__typeof__(" + memberOf(FC->Base, FC->FieldName) + FC->Subscripts + ")";
      N.Base = N.Spell;
    }
    return true;
  }

  /// One line of the field table per named field (bitfields also get a
  /// probe case); false after an error.
  bool describeFields(const RecordDecl *Def, const RecordNaming &N, bool BaseConst,
                      std::vector<std::string> &Lines, std::vector<ProbeCase> &Probes) {
    for (const FieldDecl *F : Def->fields()) {
      if (F->isUnnamedBitField())
        continue;
      FieldCtx Sub;
      Sub.ParentRD = Def;
      Sub.Base = N.Base;
      Sub.ConstBase = BaseConst;
      Sub.ParentName = N.Name;
      Sub.Index = F->getFieldIndex();
      Sub.FieldName = F->getName().str();
      if (F->isAnonymousStructOrUnion()) {
        auto Line = anonymousMemberLine(Def, F, N, Sub);
        if (!Line)
          return false;
        Lines.push_back(*Line);
        continue;
      }
      auto R = describeCarrier(F->getType(), &Sub, F->isBitField() ? nullptr : F);
      if (!R)
        return false;
      if (F->isBitField()) {
        unsigned W = F->getBitWidthValue(Ctx);
        if (W == 0)
          continue;
        unsigned BI = Lines.size();
        Probes.push_back({BI, F->getName().str(), Ctx.getTypeSize(F->getType()) > 64,
                          BaseConst || F->getType().isConstQualified(), allOnes(F->getType(), W)});
        Lines.push_back("{" + cString(F->getName()) + ", " + R->Type + ", 0, 1, " +
                        std::to_string(W) + ", " + std::to_string(BI) + "}");
        continue;
      }
      Lines.push_back("{" + cString(F->getName()) + ", " + R->Type + ", " +
                      relative(offsetOf(N.Base, F->getName()), N.X) + ", " + R->Count + ", 0, 0}");
    }
    return true;
  }

  /// The field line of an anonymous struct/union member, described at its
  /// offset in the enclosing record.
  std::optional<std::string> anonymousMemberLine(const RecordDecl *Def, const FieldDecl *F,
                                                 const RecordNaming &N, FieldCtx &Sub) {
    const RecordDecl *Ch = childOf(F);
    if (!Ch) {
      fail("anonymous member of incomplete type");
      return std::nullopt;
    }
    if (auto A = anchor(Ch, N.Base)) {
      Sub.AnonOffset = *A;
    } else {
      uint64_t Off = layout(Def).getFieldOffset(F->getFieldIndex()) / Ctx.getCharWidth();
      Sub.AnonOffset = N.X.empty() ? std::to_string(Off) : "(" + N.X + ") + " + std::to_string(Off);
    }
    auto R = describe(F->getType(), &Sub);
    if (!R)
      return std::nullopt;
    return "{\"\", " + R->Type + ", " + relative(Sub.AnonOffset, N.X) + ", 1, 0, 0}";
  }

  /// Size and alignment expressions: sizeof/_Alignof of the spelled type,
  /// or, for an anonymous member, computed from its members.
  std::pair<std::string, std::string> recordSizeAlign(const RecordDecl *Def, QualType CT,
                                                      const RecordNaming &N) {
    if (!Def->isAnonymousStructOrUnion())
      return {"sizeof(" + N.Spell + ")", "_Alignof(" + N.Spell + ")"};
    std::string Size, Align;
    if (auto A = alignExpr(Def, N.Base))
      Align = *A;
    else
      Align = std::to_string(Ctx.getTypeAlignInChars(CT).getQuantity());
    if (auto S = sizeExpr(Def, N.Base, N.X, Align))
      Size = *S;
    else
      Size = std::to_string(Ctx.getTypeSizeInChars(CT).getQuantity());
    return {Size, Align};
  }

  std::string recordFlags(const RecordDecl *Def, QualType CT, bool Sys) {
    std::string Flags;
    auto AddFlag = [&](const char *F) { Flags += Flags.empty() ? F : std::string(" | ") + F; };
    if (Sys)
      AddFlag("MIG_TF_SYSTEM");
    if (hasPtr(CT))
      AddFlag("MIG_TF_HAS_PTR");
    if (Def->hasAttr<PackedAttr>() || Def->hasAttr<MaxFieldAlignmentAttr>())
      AddFlag("MIG_TF_PACKED");
    return Flags.empty() ? "0" : Flags;
  }

  /// The probe function of a record with bitfields: it writes the record
  /// with bitfield Index all ones (and everything else zero) into __mig_buf,
  /// so the runtime learns each bitfield's bits on this target.
  std::string probeFunction(const std::string &ProbeName, const std::vector<ProbeCase> &Probes,
                            const RecordNaming &N, bool AnonMember, const std::string &Size) {
    const std::string &Base = N.Base, &X = N.X;
    std::string Text;
    bool AnyAssign =
        std::any_of(Probes.begin(), Probes.end(), [](const ProbeCase &P) { return !P.Init; });
    Text += "static void " + ProbeName + "(unsigned __mig_i, void *__mig_buf) {\n";
    if (AnyAssign) {
      Text += "  " + Base + " __mig_s;\n";
      Text += "  unsigned long long __mig_ones = ~0ull;\n";
      Text += "  __builtin_memset(&__mig_s, 0, sizeof __mig_s);\n";
    }
    Text += "  switch (__mig_i) {\n";
    for (const ProbeCase &P : Probes) {
      if (!P.Init) {
        // A non-constant all-ones value: converting it to the bitfield
        // sets every bit of it (no constant-conversion warnings).
        std::string V = P.Wide ? "((unsigned __int128)__mig_ones << 64 | "
                                 "__mig_ones)"
                               : "__mig_ones";
        Text += "  case " + std::to_string(P.Index) + ": __mig_s." + P.Member + " = " + V +
                "; break;\n";
        continue;
      }
      // A const member (or a const-qualified type) cannot be assigned: use
      // a static object initialized with the exact all-ones constant; its
      // other members and its padding are zero (C11 6.7.9p10).
      Text += "  case " + std::to_string(P.Index) + ": {\n    static " + Base + " __mig_t = {." +
              P.Member + " = " + P.Ones + "};\n";
      if (AnonMember)
        Text += "    __builtin_memcpy(__mig_buf, (const char *)&__mig_t + (" + X + "), " + Size +
                ");\n";
      else
        Text += "    __builtin_memcpy(__mig_buf, &__mig_t, sizeof __mig_t);\n";
      Text += "    return;\n  }\n";
    }
    Text += "  }\n";
    if (AnyAssign) {
      if (AnonMember)
        Text += "  __builtin_memcpy(__mig_buf, (char *)&__mig_s + (" + X + "), " + Size + ");\n";
      else
        Text += "  __builtin_memcpy(__mig_buf, &__mig_s, sizeof __mig_s);\n";
    }
    Text += "}\n";
    return Text;
  }

  std::optional<std::string> generated(llvm::StringRef CStructName, llvm::StringRef PortableName,
                                       llvm::ArrayRef<GeneratedField> Fields) {
    std::string Key = "gen:" + CStructName.str();
    if (auto R = lookup(Key))
      return R;
    std::string Base = "struct " + CStructName.str();
    std::string Sfx;
    size_t Idx = reserve(Key, 0, Sfx);
    std::string Id = E.Entries[Idx].Id;
    std::vector<std::string> Lines;
    bool Ptr = false;
    for (size_t I = 0; I < Fields.size(); ++I) {
      FieldCtx Sub;
      Sub.Base = Base;
      Sub.ParentName = PortableName.str();
      Sub.Index = I;
      Sub.FieldName = Fields[I].Name;
      auto R = describeCarrier(Fields[I].Type, &Sub, Fields[I].Var);
      if (!R) {
        E.LastError = "field '" + Fields[I].Name + "': " + E.LastError;
        drop(Key, Idx);
        return std::nullopt;
      }
      Ptr |= hasPtr(Fields[I].Type);
      Lines.push_back("{" + cString(Fields[I].Name) + ", " + R->Type + ", " +
                      offsetOf(Base, Fields[I].Name) + ", " + R->Count + ", 0, 0}");
    }
    std::string Text, FieldsName = "0";
    if (!Lines.empty()) {
      FieldsName = "__mig_fields_" + Sfx;
      Text += "static const __mig_field " + FieldsName + "[] = {\n";
      for (const std::string &L : Lines)
        Text += "  " + L + ",\n";
      Text += "};\n";
    }
    Text += "static const __mig_type " + Id + " = {" + cString(PortableName) + ", MIG_K_STRUCT, " +
            (Ptr ? "MIG_TF_HAS_PTR" : "0") + ", sizeof(" + Base + "), _Alignof(" + Base + "), " +
            std::to_string(Lines.size()) + ", " + FieldsName + ", 0};\n";
    E.Entries[Idx].Definition = Text;
    return "&" + Id;
  }
};

std::optional<TypeDescriptorEmitter::Ref> TypeDescriptorEmitter::describe(QualType T) {
  TypeDescriptorEmitterImpl Impl(*this);
  LastError.clear();
  return Impl.describe(T, nullptr);
}

bool TypeDescriptorEmitter::carriesPointer(const Decl *D) const {
  if (const auto *VD = dyn_cast<VarDecl>(D))
    D = VD->getCanonicalDecl();
  return PointerCarriers.count(D) != 0;
}

std::optional<TypeDescriptorEmitter::Ref> TypeDescriptorEmitter::describeVariable(const VarDecl *D,
                                                                                  QualType T) {
  TypeDescriptorEmitterImpl Impl(*this);
  LastError.clear();
  return Impl.describeCarrier(T, nullptr, D);
}

std::optional<std::string>
TypeDescriptorEmitter::describeGeneratedStruct(llvm::StringRef CStructName,
                                               llvm::StringRef PortableName,
                                               llvm::ArrayRef<GeneratedField> Fields) {
  TypeDescriptorEmitterImpl Impl(*this);
  LastError.clear();
  return Impl.generated(CStructName, PortableName, Fields);
}

std::vector<size_t> TypeDescriptorEmitter::orderedEntries() const {
  std::vector<size_t> Order;
  for (int Cat = 0; Cat <= 2; ++Cat)
    for (size_t I = 0; I < Entries.size(); ++I)
      if (Entries[I].Category == Cat && !Entries[I].Definition.empty())
        Order.push_back(I);
  return Order;
}

std::string TypeDescriptorEmitter::forwardDeclarations() const {
  std::string Out;
  for (size_t I : orderedEntries())
    Out += "static const __mig_type " + Entries[I].Id + ";\n";
  return Out;
}

std::string TypeDescriptorEmitter::definitions() const {
  std::vector<size_t> Order = orderedEntries();
  // Declared again here (repeating a tentative definition is valid C): the
  // descriptors described after forwardDeclarations() was taken, e.g. while
  // writing the frame structs at the end of the unit, refer to each other.
  std::string Out = forwardDeclarations();
  for (size_t I : Order)
    Out += Entries[I].Definition;
  Out += "static const __mig_type *const " + unitTypesArrayName().str() + "[] = {";
  if (Order.empty()) {
    Out += "0};\n";
    return Out;
  }
  Out += "\n";
  for (size_t I : Order)
    Out += "  &" + Entries[I].Id + ",\n";
  Out += "};\n";
  return Out;
}

size_t TypeDescriptorEmitter::numDescriptors() const { return orderedEntries().size(); }

bool isSpelledAsVaList(const ASTContext &Ctx, QualType W) {
  while (!W.isNull()) {
    if (const auto *TT = dyn_cast<TypedefType>(W.getTypePtr())) {
      llvm::StringRef N = TT->getDecl()->getName();
      if (N == "va_list" || N == "__gnuc_va_list" || N == "__builtin_va_list")
        return true;
    }
    QualType D = W.getSingleStepDesugaredType(Ctx);
    if (D == W)
      return false;
    W = D;
  }
  return false;
}

bool isVaListType(const ASTContext &Ctx, QualType T) {
  if (Ctx.getBuiltinVaListType().isNull())
    return false;
  QualType V = Ctx.getBuiltinVaListType().getCanonicalType();
  return Ctx.hasSameType(T.getCanonicalType(), V) &&
         (!V->isPointerType() || isSpelledAsVaList(Ctx, T));
}

} // namespace mig
