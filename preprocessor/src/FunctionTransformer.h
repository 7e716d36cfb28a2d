//===- FunctionTransformer.h - Make one function stoppable and resumable --===//
//
// For a transformed function (docs/design.md, "Shape of a transformed
// function"): finds its sites, decides which variables are saved and which of
// them escape (shadow frame), hoists saved declarations, linearizes
// expressions holding M-calls (ExprLinearizer), inserts poll points, the
// rewind dispatch at entry and the unwind block at the end. All changes are
// recorded as SourceEdits; the unit-level parts (frame descriptors, the
// __mig_func object) are returned as a FunctionRecord for UnitTransformer.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_FUNCTIONTRANSFORMER_H
#define MIGPP_FUNCTIONTRANSFORMER_H

#include "MigratableAnalysis.h"
#include "SourceEdits.h"

#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <string>
#include <vector>

namespace migpp {

/// Source positions and diagnostics shared by the transformers.
class SourceHelper {
public:
  SourceHelper(clang::ASTContext &Ctx, SourceEdits &Edits)
      : Ctx(Ctx), Edits(Edits) {}
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
  std::string renderExpr(const clang::Expr *E) const {
    return Edits.render(begin(E), exprEnd(E));
  }
  void replaceExpr(const clang::Expr *E, std::string Text);
  std::string siteName(clang::SourceLocation L) const; ///< "file.c:12"
  void error(clang::SourceLocation L, llvm::StringRef Msg) const;
  void warning(clang::SourceLocation L, llvm::StringRef Msg) const;

  clang::ASTContext &Ctx;
  SourceEdits &Edits;
};

/// What the unit needs to know about a transformed function.
struct FunctionRecord {
  std::string CName;            ///< identifier used in generated names
  std::string MigName;          ///< __mig_func.name
  std::string FrameStruct;      ///< file-scope definition of __mig_rf_<f>
  std::string ShadowStruct;     ///< ... of __mig_sf_<f>, or empty
  std::vector<mig::GeneratedField> FrameFields, ShadowFields;
  std::vector<std::string> FrameVarNames, ShadowVarNames; ///< user's names
  std::vector<std::string> Sites;                         ///< "file:line"
  std::string MovedTypes; ///< local types moved in front of the function
};

/// State of one function being transformed, shared with ExprLinearizer.
struct FunctionState {
  clang::FunctionDecl *FD = nullptr;
  std::string CName;
  bool HasShadow = false;
  std::vector<std::string> Sites;
  struct Temp {
    std::string Name;
    clang::QualType Type;
  };
  std::vector<Temp> Temps;
  llvm::DenseSet<const clang::Expr *> Hoisted; ///< calls replaced by temps

  /// What each site is anchored at, for SiteLiveness: the M-call, a polled
  /// loop's condition, or null (every saved variable is needed there).
  std::vector<const clang::Stmt *> SiteAnchors;

  unsigned newSite(const SourceHelper &SH, clang::SourceLocation L,
                   const clang::Stmt *Anchor) {
    Sites.push_back(SH.siteName(L));
    SiteAnchors.push_back(Anchor);
    return Sites.size();
  }
  std::string newTemp(clang::QualType T) {
    Temps.push_back({"__mig_t" + std::to_string(Temps.size() + 1), T});
    return Temps.back().Name;
  }
};

class FunctionTransformer {
public:
  FunctionTransformer(SourceHelper &SH, const MigratableAnalysis &MA,
                      mig::TypeDescriptorEmitter &Types, std::string MigName)
      : SH(SH), MA(MA), Types(Types), MigName(std::move(MigName)) {}

  /// Transforms FD. Returns false after reporting an error.
  bool run(clang::FunctionDecl *FD, FunctionRecord &Out);

private:
  struct SavedVar {
    const clang::VarDecl *VD;
    std::string Name; ///< name in the function and field name in a frame
    bool Exposed;     ///< lives in the shadow frame
    /// A variably modified type cannot be declared where the resume gotos
    /// jump past it (VariablyModified.cpp): a VLA is stored as a pointer to
    /// its elements on the shadow stack, any other such local (a pointer to
    /// a VLA) as a void *, and references see the real type again through
    /// a cast built from the bounds saved at the declaration.
    enum VmKind { NotVm, VmArray, VmOther } Vm = NotVm;
    std::vector<const clang::Expr *> BoundExprs; ///< VLA bounds, in type order
    std::vector<std::string> BoundTemps;         ///< their saved values
    std::string VmRef;                           ///< what a reference becomes
    unsigned VlaTag = 0;                         ///< __mig_shadow_vla's tag
  };

  void findSavedVariables();
  void findExposedVariables();
  bool escapes(const clang::Expr *Obj, clang::ParentMap &PM) const;
  struct ShadowLiteral {
    const clang::CompoundLiteralExpr *CLE;
    std::string Name;
  };
  std::vector<ShadowLiteral> ShadowLiterals;
  void chooseNames();
  bool needsMovedTypes() const;
  // VariablyModified.cpp
  bool prepareVariablyModified();
  clang::QualType storageType(const SavedVar &V) const;
  std::string spellWithBounds(clang::QualType T, std::string Declarator,
                              const SavedVar &V, size_t &Next) const;
  std::string variablyModifiedDeclText(const SavedVar &V, std::string &Pre);
  bool checkTypes(const class LocalTypeHoister &Hoister);
  void renameReferences();
  void rewriteAlloca();
  bool rewriteSetjmps();

  // Statement rewriting (post-order).
  void transformStmt(clang::Stmt *S);
  void transformChildren(clang::Stmt *S);
  void wrapWithPrelude(clang::Stmt *S, const std::string &Pre);
  void transformDeclStmt(clang::DeclStmt *DS, bool InForInit);
  std::string savedInitText(const SavedVar &V, const clang::Expr *Init);
  void transformReturn(clang::ReturnStmt *RS);
  void transformWhile(clang::WhileStmt *WS);
  void transformDo(clang::DoStmt *DS);
  void transformFor(clang::ForStmt *FS);
  void redirectContinues(clang::Stmt *Body, const std::string &Label);
  std::string pollText(clang::SourceLocation L, const clang::Stmt *Anchor);
  void pollAtBodyStart(clang::Stmt *Body, const clang::Stmt *Anchor);
  std::string unwindBlocks() const;
  std::string linearize(clang::Expr *E, bool ValueUsed);
  bool containsMCall(const clang::Stmt *S);

  std::string preamble();
  std::string tail();
  std::string varRef(const SavedVar &V) const;
  std::string assignText(const std::string &Dst, clang::QualType T,
                         const std::string &Value) const;
  std::string returnTypeText() const;

  SourceHelper &SH;
  const MigratableAnalysis &MA;
  mig::TypeDescriptorEmitter &Types;
  std::string MigName;
  FunctionState St;
  std::vector<SavedVar> Saved;
  llvm::DenseMap<const clang::VarDecl *, unsigned> SavedIndex;
  llvm::DenseMap<const clang::Stmt *, bool> MCallCache;
  unsigned NextContinueLabel = 0;
  bool Failed = false;
  FunctionRecord Record;
  std::string PendingForInit; ///< prelude of a for-init declaration
  std::string SetjmpDecls, SetjmpDispatch; ///< SetjmpSites.h
  std::vector<std::pair<unsigned, std::string>> SetjmpLateLabels;

  // ExprLinearizer.cpp
  std::string hoistCall(clang::CallExpr *CE, bool ValueUsed);
  std::string materialize(clang::Expr *E);
  bool canMaterialize(const clang::Expr *E) const;
  bool canMaterializeLoad(const clang::Expr *E) const;
  std::vector<clang::Expr *> evaluatedChildren(clang::Expr *E);
  std::string linearizeElvis(clang::BinaryConditionalOperator *BCO, bool ValueUsed);
  std::string linearizeStmtExpr(clang::StmtExpr *SE, bool ValueUsed);
};

} // namespace migpp

#endif
