//===- SourceHelper.cpp ---------------------------------------------------===//
//
// See SourceHelper.h.
//
//===----------------------------------------------------------------------===//
#include "SourceHelper.h"

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

using namespace clang;

namespace migpp {

unsigned SourceHelper::offset(SourceLocation L) const {
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.getFileOffset(SM.getExpansionLoc(L));
}

unsigned SourceHelper::tokenEnd(SourceLocation L) const {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation E = Lexer::getLocForEndOfToken(SM.getExpansionLoc(L), 0, SM, Ctx.getLangOpts());
  if (E.isInvalid())
    return offset(L) + 1;
  return SM.getFileOffset(E);
}

unsigned SourceHelper::pastSemicolon(unsigned Pos) const {
  llvm::StringRef B = Edits.buffer();
  for (unsigned I = Pos; I < B.size(); ++I) {
    char C = B[I];
    if (C == ';')
      return I + 1;
    if (C == '#' && (I == 0 || B[I - 1] == '\n')) { // a line marker
      while (I < B.size() && B[I] != '\n')
        ++I;
      continue;
    }
    if (!isspace(static_cast<unsigned char>(C)))
      return Pos;
  }
  return Pos;
}

unsigned SourceHelper::stmtEnd(const Stmt *S) const {
  if (auto *CS = dyn_cast<CompoundStmt>(S))
    return tokenEnd(CS->getRBracLoc());
  if (auto *DS = dyn_cast<DeclStmt>(S)) {
    unsigned E = tokenEnd(DS->getEndLoc());
    if (E == 0 || Edits.buffer()[E - 1] != ';')
      E = pastSemicolon(E);
    return E;
  }
  if (auto *If = dyn_cast<IfStmt>(S))
    return stmtEnd(If->getElse() ? If->getElse() : If->getThen());
  if (auto *W = dyn_cast<WhileStmt>(S))
    return stmtEnd(W->getBody());
  if (auto *F = dyn_cast<ForStmt>(S))
    return stmtEnd(F->getBody());
  if (auto *Sw = dyn_cast<SwitchStmt>(S))
    return stmtEnd(Sw->getBody());
  if (auto *L = dyn_cast<LabelStmt>(S))
    return stmtEnd(L->getSubStmt());
  if (auto *C = dyn_cast<SwitchCase>(S))
    return stmtEnd(C->getSubStmt());
  if (auto *A = dyn_cast<AttributedStmt>(S))
    return stmtEnd(A->getSubStmt());
  if (auto *D = dyn_cast<DoStmt>(S))
    return pastSemicolon(tokenEnd(D->getRParenLoc()));
  if (auto *N = dyn_cast<NullStmt>(S))
    return offset(N->getSemiLoc()) + 1;
  return pastSemicolon(tokenEnd(S->getEndLoc()));
}

std::string SourceHelper::render(const Stmt *S) const {
  if (auto *E = dyn_cast<Expr>(S))
    return renderExpr(E);
  return Edits.render(begin(S), stmtEnd(S));
}

void SourceHelper::replaceExpr(const Expr *E, std::string Text) {
  unsigned B = begin(E), End = exprEnd(E);
  Text.append(countNewlines(Edits.original(B, End)), '\n');
  Edits.replace(B, End, std::move(Text));
}

std::string SourceHelper::siteName(SourceLocation L) const {
  PresumedLoc P = Ctx.getSourceManager().getPresumedLoc(L);
  if (P.isInvalid())
    return "?";
  return fmt::format("{}:{}", llvm::sys::path::filename(P.getFilename()).str(), P.getLine());
}

unsigned SourceHelper::definitionStart(const FunctionDecl *FD) const {
  llvm::StringRef B = Edits.buffer();
  unsigned Start = offset(FD->getBeginLoc());
  for (;;) {
    unsigned I = Start;
    while (I > 0 && isspace(static_cast<unsigned char>(B[I - 1])))
      --I;
    if (I == 0 || B[I - 1] != ')')
      break;
    int Depth = 0;
    unsigned J = I;
    do {
      --J;
      if (B[J] == ')')
        ++Depth;
      else if (B[J] == '(')
        --Depth;
    } while (J > 0 && Depth > 0);
    unsigned K = J;
    while (K > 0 && isspace(static_cast<unsigned char>(B[K - 1])))
      --K;
    unsigned W = K;
    while (W > 0 && (isalnum(static_cast<unsigned char>(B[W - 1])) || B[W - 1] == '_'))
      --W;
    llvm::StringRef Word = B.slice(W, K);
    if (Word != "__attribute__" && Word != "__attribute" && Word != "__declspec")
      break;
    Start = W;
  }
  return Start;
}

void SourceHelper::error(SourceLocation L, llvm::StringRef Msg) const {
  DiagnosticsEngine &D = Ctx.getDiagnostics();
  D.Report(L, D.getCustomDiagID(DiagnosticsEngine::Error, "%0")) << Msg;
}

void SourceHelper::warning(SourceLocation L, llvm::StringRef Msg) const {
  DiagnosticsEngine &D = Ctx.getDiagnostics();
  D.Report(L, D.getCustomDiagID(DiagnosticsEngine::Warning, "%0")) << Msg;
}

/// Replaces [B, E) by Text on one line, followed by the newlines [B, E) had.
void replaceKeepingLines(SourceEdits &Edits, unsigned B, unsigned E, llvm::StringRef Text) {
  std::string T = flatten(Text);
  T.append(countNewlines(Edits.original(B, E)), '\n');
  Edits.replace(B, E, std::move(T));
}

} // namespace migpp
