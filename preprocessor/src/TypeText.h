//===- TypeText.h - Type tests and C text shared by the frame parts -------===//
//
// Small questions about a local's type that decide the C text mig-pp writes
// for it (can it be assigned, must it be zeroed, how is its size spelled),
// shared by frame layout, statement rewriting, the linearizer and frame
// emission.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_TYPETEXT_H
#define MIGPP_TYPETEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <string>
#include <vector>

namespace migpp {

/// T is or holds (in an element or member, at any depth) a pointer.
bool typeHasPointer(clang::QualType T);
/// A struct/union with a const member (at any depth) cannot be assigned.
bool hasConstMember(clang::QualType T);
/// Whether T is or holds (in a member or element) a union.
bool hasUnion(clang::QualType T);

/// `Dst = Value`, or a copy through a temporary when T cannot be assigned.
std::string assignText(clang::ASTContext &Ctx, const std::string &Dst, clang::QualType T,
                       const std::string &Value);

/// `__attribute__((aligned(N)))` when the variable is more aligned than its
/// type (_Alignas, aligned attribute), else "".
std::string alignmentSuffix(clang::ASTContext &Ctx, const clang::VarDecl *VD);

/// `sizeof` of a saved variable by name (see TypeText.cpp).
std::string sizeOfVar(const clang::VarDecl *VD, llvm::StringRef Name);

/// The bound expressions of the VLAs written in T (through arrays and
/// pointers): evaluated when a declaration of type T is reached.
std::vector<const clang::Expr *> vlaBounds(clang::QualType T);

} // namespace migpp

#endif
