//===- SiteLiveness.h - Which saved variables each site needs -------------===//
//
// A transformed function saves its register-frame variables when it unwinds
// from a site. Saving all of them at every site (the frame is chosen by
// scope) keeps every one of them alive across every M-call, so the target
// compiler spills and reloads values that are dead there. SiteLiveness says,
// per site, which of the *candidate* variables may still be read after the
// site resumes; the unwind block of the site stores only those (the others
// stay zero in the frame) and the dead ones no longer cross the call.
//
// It uses Clang's LiveVariables on the function's CFG (before mig-pp's
// rewriting). For an M-call the live set is the variables live just after
// the call's CFG element, plus every candidate referenced in the outermost
// expression holding the call (through statement expressions): the resumed
// code re-evaluates the call's operands (they must be valid to read), and
// ExprLinearizer may read an operand of the same expression after the call
// that C's CFG reads before it (`total += ({ ... f() ... })` reads `total`
// after f in mig-pp's output; LiveVariables sees it read before). For a loop-head poll
// it is the set live after the loop condition's element, a superset of what
// is live at the top of the body; for a loop without a condition (`for (;;)`,
// an interpreter's dispatch loop) or a do-while, whose poll is anchored at
// the loop statement itself, the set live at the end of the CFG block the
// loop terminates (the top of the body, and for a do-while also the exit).
// A site whose anchor the CFG does not show (a function-entry poll) needs
// every variable.
//
// Candidates are scalars and pointers that live in the register frame:
// escaping (address-taken) variables are in memory, which LiveVariables does
// not model, and are never candidates; neither are volatile or variably
// modified ones.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_SITELIVENESS_H
#define MIGPP_SITELIVENESS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <optional>
#include <vector>

namespace migpp {

class SiteLiveness {
public:
  /// Candidates are numbered by their position in `Candidates`.
  SiteLiveness(clang::ASTContext &Ctx, const clang::FunctionDecl *FD,
               std::vector<const clang::VarDecl *> Candidates);
  ~SiteLiveness();

  /// The candidates that may be read after resuming at a site anchored at
  /// `Anchor` (an M-call, a polled loop's condition, or a polled loop
  /// statement without a condition or a do-while); nullopt when that
  /// is not known (then all are).
  std::optional<llvm::BitVector> liveAt(const clang::Stmt *Anchor) const;

private:
  llvm::BitVector referencedIn(const clang::Stmt *S) const;
  const clang::Stmt *fullExpression(const clang::Stmt *S) const;

  std::vector<const clang::VarDecl *> Candidates;
  llvm::DenseMap<const clang::VarDecl *, unsigned> Index;
  llvm::DenseMap<const clang::Stmt *, llvm::BitVector> LiveAfter;
  /// Loop statement -> candidates live at the end of its terminator block.
  llvm::DenseMap<const clang::Stmt *, llvm::BitVector> LoopLive;
  std::unique_ptr<class ParentMapHolder> Parents;
  bool Analyzed = false;
};

} // namespace migpp

#endif
