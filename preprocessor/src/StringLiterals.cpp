//===- StringLiterals.cpp -------------------------------------------------===//
//
// See StringLiterals.h.
//
//===----------------------------------------------------------------------===//
#include "StringLiterals.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

#include <fmt/format.h>

#include <map>
#include <set>

using namespace clang;

namespace migpp {

namespace {
class LiteralFinder : public RecursiveASTVisitor<LiteralFinder> {
public:
  explicit LiteralFinder(const SourceManager &SM) : SM(SM) {}
  std::vector<const StringLiteral *> Found;
  bool VisitCallExpr(CallExpr *CE) {
    // A literal handed straight to a library function (printf's format) is
    // not stored by the program: keep it a literal (format checks, puts).
    if (const FunctionDecl *Callee = CE->getDirectCallee())
      if (SM.isInSystemHeader(Callee->getLocation()) || CE->getBuiltinCallee())
        for (Expr *A : CE->arguments())
          Skip.insert(A->IgnoreParenImpCasts());
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *IC) {
    if (IC->getCastKind() != CK_ArrayToPointerDecay)
      return true;
    if (auto *SL = dyn_cast<StringLiteral>(IC->getSubExpr()->IgnoreParens()))
      if (!Skip.count(SL))
        Found.push_back(SL);
    return true;
  }
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) { return true; }
  // __builtin_constant_p("hi") and the like: not stored, and a literal there
  // must stay one (an array would not be a constant).
  bool TraverseCallExpr(CallExpr *CE) {
    if (isUnevaluated(CE))
      return true;
    return RecursiveASTVisitor::TraverseCallExpr(CE);
  }

private:
  const SourceManager &SM;
  std::set<const Expr *> Skip;
};
} // namespace

void replaceStringLiterals(const MigratableAnalysis &MA, SourceHelper &SH, UnitTables &Tables) {
  ASTContext &Ctx = SH.Ctx;
  SourceEdits &Edits = SH.Edits;
  LiteralFinder LF(Ctx.getSourceManager());
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (!MA.isUserDecl(D))
      continue;
    if (auto *FD = dyn_cast<FunctionDecl>(D); FD && FD->hasBody())
      LF.TraverseStmt(FD->getBody());
    else if (auto *VD = dyn_cast<VarDecl>(D); VD && VD->hasInit())
      LF.TraverseStmt(VD->getInit());
  }
  std::set<unsigned> Done;
  for (const StringLiteral *SL : LF.Found) {
    unsigned B = SH.begin(SL), E = SH.tokenEnd(SL->getEndLoc());
    if (!Done.insert(B).second)
      continue;
    std::string Elem = "char";
    switch (SL->getKind()) {
    case StringLiteralKind::Wide:
      Elem = "__WCHAR_TYPE__";
      break;
    case StringLiteralKind::UTF16:
      Elem = "__CHAR16_TYPE__";
      break;
    case StringLiteralKind::UTF32:
      Elem = "__CHAR32_TYPE__";
      break;
    default:
      break;
    }
    std::string Text = Edits.original(B, E).str();
    std::string Name = Tables.addLiteral(Elem, flatten(Text));
    std::string Repl = Name;
    Repl.append(countNewlines(Text), '\n');
    Edits.replace(B, E, Repl);
  }
}

/// Replaces __func__, __FUNCTION__ and __PRETTY_FUNCTION__ in S by the
/// string they stand for, as a registered literal (replaceStringLiterals: a
/// pointer to it migrates): they must keep naming the function where mig-pp
/// renames it (main) or moves code out of it (static locals' initializers,
/// to file scope, where they are not allowed). One literal per string.
static void spellFunctionNames(SourceHelper &SH, UnitTables &Tables,
                               std::map<std::string, std::string> &Names, const Stmt *S) {
  if (!S)
    return;
  if (auto *PE = dyn_cast<PredefinedExpr>(S)) {
    const StringLiteral *SL = PE->getFunctionName();
    if (SL && SL->isOrdinary()) {
      std::string Text = cString(SL->getString());
      auto [It, New] = Names.insert({Text, ""});
      if (New)
        It->second = Tables.addLiteral("char", Text);
      unsigned O = SH.offset(PE->getLocation());
      SH.Edits.replace(O, SH.tokenEnd(PE->getLocation()), It->second);
    }
    return;
  }
  for (const Stmt *C : S->children())
    spellFunctionNames(SH, Tables, Names, C);
}

/// __builtin_setjmp keeps this build's stack and code addresses in a plain
/// `void *[5]` buffer: the runtime cannot tell it is a jump buffer (a
/// jmp_buf is re-armed by its setjmp site, SetjmpSites.h), so a checkpoint taken while one is set
/// would save and restore garbage and a later __builtin_longjmp would jump

void spellFunctionNames(const MigratableAnalysis &MA, SourceHelper &SH, UnitTables &Tables) {
  std::map<std::string, std::string> Names; ///< text -> __mig_str_N
  for (FunctionDecl *FD : MA.userFunctions())
    spellFunctionNames(SH, Tables, Names, FD->getBody());
}

} // namespace migpp
