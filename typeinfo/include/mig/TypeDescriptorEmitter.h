//===- TypeDescriptorEmitter.h - C type descriptors for mig-pp output -----===//
//
// Builds the __mig_type tables (typeinfo/include/mig/typeinfo.h) for the
// types a transformed translation unit has to move, as C text whose sizes,
// alignments and offsets are sizeof/_Alignof/offsetof expressions, so every
// target compiler fills in its own layout.
//
// mig-pp asks for descriptors while it rewrites the unit (describe(),
// describeGeneratedStruct()); each answer is a C expression usable anywhere
// after forwardDeclarations(). At the end it places forwardDeclarations()
// right after `#include <mig/abi.h>` and definitions() at the end of the unit,
// where every described type is complete.
//
// What the emitter produces (typeinfo/lib/TypeDescriptorEmitter.cpp):
//  * scalars refer to the runtime's shared descriptors (&__mig_type_int, ...,
//    &__mig_type_ptr for data pointers, &__mig_type_fnptr for function
//    pointers, &__mig_type_bytes for void); wchar_t is described as int on
//    every target (it is int on x86-64, unsigned int on AArch64);
//  * built-in kinds without a shared descriptor get one per unit with a fixed
//    identifier: __mig_ty_int128, __mig_ty_uint128, __mig_ty_cfloat,
//    __mig_ty_cdouble, __mig_ty_cldouble, __mig_ty_va_list (MIG_K_UNSAFE),
//    __mig_ty_va_list_param (an x86-64 va_list parameter, a pointer: also
//    UNSAFE "va_list"), __mig_ty_vector<size>_<align> (MIG_K_BYTES), ...;
//  * structs/unions/enums of the unit are __mig_ty_N, numbered in the order
//    they are first described, so the same source gives the same text on
//    every target; types declared in system headers are __mig_ty_sys_N
//    (their fields may differ between targets) and come last in
//    __mig_unit_types, after the unit's own and the built-in ones;
//  * struct __jmp_buf_tag (jmp_buf, sigjmp_buf) is MIG_K_JMPBUF, va_list MIG_K_UNSAFE;
//  * an anonymous struct/union member is a field named "" whose type is
//    "anon <outer>.<field index>"; so is an unnamed struct/union/enum used as
//    a member's type (spelled __typeof__(((struct outer *)0)->member));
//  * bitfields have offset 0 and a probe per struct (__mig_probe_N).
//
//===----------------------------------------------------------------------===//
#ifndef MIG_TYPEDESCRIPTOREMITTER_H
#define MIG_TYPEDESCRIPTOREMITTER_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include "llvm/ADT/DenseSet.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mig {

/// Spells a type as C source usable at file scope, with an optional declarator
/// name: ("int (*)[3]", "p") -> "int (*p)[3]". Returns std::nullopt when the
/// type cannot be named at file scope (a struct/union/enum declared inside a
/// function, an unnamed tag type with no typedef, a variably modified type).
/// Typedef names declared at file scope are kept; typeof, local typedefs and
/// other sugar are replaced by what they stand for. An unnamed tag that is
/// the type of a member of a nameable record is spelled
/// `__typeof__(((struct outer *)0)->member)`; the va_list record (x86-64
/// parameters decay to a pointer to it) through `__builtin_va_list`.
std::optional<std::string> spellType(clang::ASTContext &Ctx, clang::QualType T,
                                     llvm::StringRef Name = "");

/// Like spellType but drops top-level and array-element `const`/`volatile`
/// (used for hoisted declarations that the rewind path assigns to).
std::optional<std::string> spellAssignableType(clang::ASTContext &Ctx, clang::QualType T,
                                               llvm::StringRef Name = "");

/// D (a struct/union/enum or typedef declared inside a function) has been
/// moved to file scope by the caller, under its current name: from now on it
/// and the types declared inside it are spelled and described like
/// file-scope ones.
void markMovedToFileScope(const clang::Decl *D);
/// D itself was passed to markMovedToFileScope.
bool isMovedToFileScope(const clang::Decl *D);

/// T is spelled through the va_list typedefs (`va_list`, `__gnuc_va_list`,
/// `__builtin_va_list`). Where va_list is a plain pointer (i686: char *,
/// riscv64: void *) only such a type is a va_list: a char * is not.
bool isSpelledAsVaList(const clang::ASTContext &Ctx, clang::QualType T);
/// T is the target's va_list (by canonical type, and spelled so where
/// va_list is a plain pointer).
bool isVaListType(const clang::ASTContext &Ctx, clang::QualType T);

/// One field of a struct mig-pp generates itself (frame structs).
struct GeneratedField {
  std::string Name;                 ///< C member name in the generated struct
  clang::QualType Type;             ///< the variable's type (arrays allowed)
  const clang::Decl *Var = nullptr; ///< the user's variable, if any (pointer carriers)
};

class TypeDescriptorEmitter {
public:
  explicit TypeDescriptorEmitter(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// A descriptor reference: `Type` is a C expression of type
  /// `const __mig_type *` for the element type, `Count` a C expression for the
  /// number of elements (arrays are flattened: int[3][4] -> int, 12).
  struct Ref {
    std::string Type;
    std::string Count;
  };

  /// Describes T. Returns std::nullopt (and records a reason in lastError())
  /// when T cannot be described at file scope.
  std::optional<Ref> describe(clang::QualType T);

  /// Describes a struct mig-pp emits itself (`struct <CStructName> { ... }`
  /// with exactly these fields in this order). PortableName is what the
  /// checkpoint calls it ("frame main"). Returns the C expression of its
  /// descriptor (`&__mig_ty_N`).
  std::optional<std::string> describeGeneratedStruct(llvm::StringRef CStructName,
                                                     llvm::StringRef PortableName,
                                                     llvm::ArrayRef<GeneratedField> Fields);

  /// Integer variables (canonical VarDecls) and struct fields (FieldDecls)
  /// that carry pointers (mig-pp's PointerIntegers analysis). A `long`,
  /// `unsigned long`, `long long` or `unsigned long long` (or a C library
  /// typedef described as one: intptr_t, uintptr_t, size_t, int64_t...)
  /// among them, or an array of those, is described as a pointer-carrying
  /// integer (MIG_K_PTRINT, named "ptrint long", ...); narrower integers
  /// cannot hold a pointer on every target and stay plain integers.
  void setPointerCarriers(llvm::DenseSet<const clang::Decl *> Carriers) {
    PointerCarriers = std::move(Carriers);
  }
  bool carriesPointer(const clang::Decl *D) const;
  /// describe(T) for variable D (its type T): pointer-carrying when D is.
  std::optional<Ref> describeVariable(const clang::VarDecl *D, clang::QualType T);

  /// `static const __mig_type __mig_ty_N;` for every descriptor, in order.
  std::string forwardDeclarations() const;
  /// Full definitions (field arrays, bitfield probes, descriptors) and a
  /// `static const __mig_type *const __mig_unit_types[]` array with every
  /// descriptor of the unit, named by unitTypesArrayName().
  std::string definitions() const;
  static llvm::StringRef unitTypesArrayName() { return "__mig_unit_types"; }
  size_t numDescriptors() const;

  const std::string &lastError() const { return LastError; }

private:
  clang::ASTContext &Ctx;
  std::string LastError;
  // Implementation state is private to typeinfo/lib/TypeDescriptorEmitter.cpp.
  struct Entry {
    std::string Id;         // __mig_ty_N (user), __mig_ty_sys_N, __mig_ty_<builtin>
    std::string Definition; // C text
    int Category = 0;       // 0 user, 1 builtin scalar, 2 system-header type
  };
  std::vector<Entry> Entries;
  std::map<std::string, size_t> ByKey; // canonical key -> index in Entries
  llvm::DenseSet<const clang::Decl *> PointerCarriers;
  unsigned NextUserId = 0, NextSysId = 0;
  std::vector<size_t> orderedEntries() const;
  friend class TypeDescriptorEmitterImpl;
};

} // namespace mig

#endif
