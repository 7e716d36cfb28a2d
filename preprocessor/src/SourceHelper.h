//===- SourceHelper.h - Source positions and diagnostics ------------------===//
//
// Offsets into the preprocessed unit for AST nodes (statement ends with their
// ';', token ends), rendering of already-edited text, and mig-pp's
// diagnostics. Shared by every transformer, which record their changes as
// SourceEdits through it.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_SOURCEHELPER_H
#define MIGPP_SOURCEHELPER_H

#include "SourceEdits.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Diagnostic.h"

#include <string>

namespace migpp {

/// Source positions and diagnostics shared by the transformers.
class SourceHelper {
public:
  SourceHelper(clang::ASTContext &Ctx, SourceEdits &Edits) : Ctx(Ctx), Edits(Edits) {}
  unsigned offset(clang::SourceLocation L) const;
  /// Offset just past the token at L.
  unsigned tokenEnd(clang::SourceLocation L) const;
  unsigned begin(const clang::Stmt *S) const { return offset(S->getBeginLoc()); }
  unsigned exprEnd(const clang::Expr *E) const { return tokenEnd(E->getEndLoc()); }
  /// End of a statement, including its ';'.
  unsigned stmtEnd(const clang::Stmt *S) const;
  /// Offset just past the first ';' at or after Pos.
  unsigned pastSemicolon(unsigned Pos) const;
  std::string render(const clang::Stmt *S) const;
  std::string renderExpr(const clang::Expr *E) const { return Edits.render(begin(E), exprEnd(E)); }
  void replaceExpr(const clang::Expr *E, std::string Text);
  /// Where FD's definition starts, before the attributes written in front
  /// of it (what is moved in front of a function goes there).
  unsigned definitionStart(const clang::FunctionDecl *FD) const;
  std::string siteName(clang::SourceLocation L) const; ///< "file.c:12"
  void error(clang::SourceLocation L, llvm::StringRef Msg) const;
  void warning(clang::SourceLocation L, llvm::StringRef Msg) const;

  clang::ASTContext &Ctx;
  SourceEdits &Edits;
};

/// Replaces [B, E) by Text on one line, followed by the newlines [B, E) had
/// (so the line markers of the unit stay true).
void replaceKeepingLines(SourceEdits &Edits, unsigned B, unsigned E, llvm::StringRef Text);

} // namespace migpp

#endif
