//===- FrameLayout.h - Which locals are saved, and where ------------------===//
//
// The analysis part of FunctionTransformer (docs/design.md, "Which variables
// are saved"): the locals visible at some site are saved; those whose address
// escapes (and va_lists, and escaping compound literals) live in the shadow
// frame, the others are hoisted to the top of the function and copied to the
// register frame at an unwind. Saved locals get names unique in the function.
// It edits nothing; `mig-pp --print-frame-layout` prints its result.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_FRAMELAYOUT_H
#define MIGPP_FRAMELAYOUT_H

#include "FunctionState.h"
#include "MigratableAnalysis.h"
#include "SourceHelper.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace migpp {

class LocalTypeHoister;

/// A local (or parameter) that is saved at the function's sites.
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

/// A compound literal whose address escapes: it gets a shadow-frame slot.
struct ShadowLiteral {
  const clang::CompoundLiteralExpr *CLE;
  std::string Name;
};

/// The type a saved variable is stored as (a VLA's is a pointer).
clang::QualType storageType(clang::ASTContext &Ctx, const SavedVar &V);
/// What a reference to V becomes in the transformed function.
std::string varRef(const SavedVar &V);

class FrameLayout {
public:
  FrameLayout(const SourceHelper &SH, const MigratableAnalysis &MA, FunctionState &St)
      : SH(SH), MA(MA), St(St) {}

  /// Saved variables, then which of them escape, then their names.
  void compute();
  /// Some saved variable has a type declared inside the function.
  bool needsMovedTypes() const;
  /// Every saved variable can be declared at the top of the function and
  /// resumed into, and the return type is nameable; false after errors.
  bool checkTypes(const LocalTypeHoister &Hoister) const;
  /// The saved variable VD, or null.
  const SavedVar *find(const clang::VarDecl *VD) const;
  /// Every reference to a saved variable in the body.
  std::vector<std::pair<clang::DeclRefExpr *, const SavedVar *>> references() const;
  /// One line per saved variable and shadow literal (--print-frame-layout).
  void print(llvm::raw_ostream &OS) const;

  std::vector<SavedVar> Saved; ///< parameters, then locals in source order
  std::vector<ShadowLiteral> ShadowLiterals;

private:
  void findSavedVariables();
  void findExposedVariables();
  bool escapes(const clang::Expr *Obj, clang::ParentMap &PM) const;
  void chooseNames();

  const SourceHelper &SH;
  const MigratableAnalysis &MA;
  FunctionState &St;
  llvm::DenseMap<const clang::VarDecl *, unsigned> SavedIndex;
};

} // namespace migpp

#endif
