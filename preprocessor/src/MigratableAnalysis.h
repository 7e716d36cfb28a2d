//===- MigratableAnalysis.h - Which functions and calls mig-pp transforms -===//
//
// A call graph over the unit decides three things:
//  * poll points: mig_checkpoint() calls; under --poll=loops (default) also
//    the head of every loop except innermost counted loops (kept
//    vectorizable) and loop nests the optimizer removes (DeletableLoops.h);
//    under --poll=recursive also the entry of every function on a call-graph
//    cycle;
//  * transformed functions: those that can reach a poll point (fixpoint over
//    direct calls, indirect calls narrowed by function type, and calls to
//    non-system functions defined elsewhere, which are assumed migcc-built
//    unless --whole-program);
//  * M-calls: the calls inside transformed functions after which the caller
//    must test for an unwind.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_MIGRATABLEANALYSIS_H
#define MIGPP_MIGRATABLEANALYSIS_H

#include "Options.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <vector>

namespace migpp {

/// Whether S is an expression whose operands are never evaluated: sizeof,
/// _Alignof, and builtins that only look at their argument
/// (__builtin_constant_p, __builtin_object_size, ...). Calls in them are not
/// calls: mig-pp must not move them out into temporaries.
bool isUnevaluated(const clang::Stmt *S);

/// For _Generic and __builtin_choose_expr, the one operand that is
/// evaluated (the others are not); null for any other S.
const clang::Expr *onlyEvaluatedOperand(const clang::Stmt *S);

/// A call that cannot take long nor reach a poll point: a `__builtin_*`
/// helper or a side-effect-free library builtin (sqrt, fabs, abs...).
bool isPureLeafCall(const clang::CallExpr *CE);

class MigratableAnalysis {
public:
  MigratableAnalysis(clang::ASTContext &Ctx, const Options &Opts) : Ctx(Ctx), Opts(Opts) {}

  void run();

  /// Function bodies written by the user (not from a system header).
  const std::vector<clang::FunctionDecl *> &userFunctions() const { return UserFunctions; }
  bool isUserDecl(const clang::Decl *D) const;
  bool isTransformed(const clang::FunctionDecl *FD) const;
  bool isMCall(const clang::CallExpr *CE) const;
  bool isPolledLoop(const clang::Stmt *Loop) const { return PolledLoops.count(Loop); }
  bool hasEntryPoll(const clang::FunctionDecl *FD) const {
    return EntryPolls.count(FD->getCanonicalDecl());
  }
  bool isAddressTaken(const clang::FunctionDecl *FD) const {
    return AddressTaken.count(FD->getCanonicalDecl());
  }
  /// Functions whose address the unit takes, with or without a body here.
  const std::vector<const clang::FunctionDecl *> &addressTakenFunctions() const {
    return AddressTakenList;
  }
  /// A call to a library function (system header) that receives a function
  /// pointer: its callbacks run with an untransformed frame on the stack.
  bool isCallbackLibraryCall(const clang::CallExpr *CE) const;
  /// A call during which a poll point is not a safe point, bracketed with
  /// __mig_unsafe_enter/leave: a callback library call, or under
  /// --whole-program an indirect call that type narrowing judged not to reach
  /// a transformed function. Narrowing trusts the pointer's type; a program
  /// that calls through a cast pointer type is not wrong then, its polls
  /// under that call only stop being safe points.
  bool needsUnsafeBracket(const clang::CallExpr *CE) const;

  static bool isCheckpointCall(const clang::CallExpr *CE);

private:
  bool callIsM(const clang::CallExpr *CE) const;
  void collect();
  void markRecursion();
  const clang::FunctionDecl *userDefinition(const clang::FunctionDecl *FD) const;

  clang::ASTContext &Ctx;
  const Options &Opts;
  std::vector<clang::FunctionDecl *> UserFunctions;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::CallExpr *>> Calls;
  llvm::DenseSet<const clang::FunctionDecl *> PollFunctions;
  llvm::DenseSet<const clang::FunctionDecl *> Transformed;
  llvm::DenseSet<const clang::FunctionDecl *> AddressTaken;
  std::vector<const clang::FunctionDecl *> AddressTakenList;
  llvm::DenseSet<const clang::Stmt *> PolledLoops;
  llvm::DenseSet<const clang::FunctionDecl *> EntryPolls;
  bool TransformedAddressTaken = false; ///< some transformed function's address is taken
};

} // namespace migpp

#endif
