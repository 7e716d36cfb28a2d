//===- TypeSpellingImpl.h - internal helpers shared by typeinfo/lib -------===//
#ifndef MIG_TYPESPELLINGIMPL_H
#define MIG_TYPESPELLINGIMPL_H

#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/PrettyPrinter.h"

namespace mig {
namespace detail {

/// True when D or one of its enclosing contexts is a function.
bool hasFunctionContext(const clang::Decl *D);
/// True when the tag can be named at file scope (tag name or file-scope
/// typedef for an anonymous tag, not declared inside a function).
bool isTagSpellable(const clang::TagDecl *D);
/// For an unnamed tag declared at file scope or in a record: an expression
/// whose type is the tag (a member access through a null pointer to the
/// record, a file-scope variable, a dereferenced typedef'd null pointer);
/// Hint receives the member, variable or typedef name.
std::optional<std::string> unnamedTagAnchor(clang::ASTContext &Ctx, const clang::TagDecl *D,
                                            std::string *Hint, unsigned Depth = 0);
/// The record behind __builtin_va_list (implicit, not nameable in C).
const clang::RecordDecl *vaListRecord(const clang::ASTContext &Ctx);
/// The C printing policy used for every spelled type.
clang::PrintingPolicy cPolicy(const clang::ASTContext &Ctx);
/// Rebuilds T so that printing it yields file-scope C; nullopt (with a reason)
/// when that is impossible.
std::optional<clang::QualType> sanitize(clang::ASTContext &Ctx, clang::QualType T, std::string &Why,
                                        unsigned Depth = 0);
/// Prints an already sanitized type.
std::optional<std::string> printType(clang::ASTContext &Ctx, clang::QualType T,
                                     llvm::StringRef Name, std::string &Why);

} // namespace detail
} // namespace mig

#endif
