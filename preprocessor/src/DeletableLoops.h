//===- DeletableLoops.h - Loops the optimizer removes: no poll there ------===//
//
// A poll point in a loop is a call the optimizer must keep, and an exit that
// needs every value the loop computes: it keeps alive a loop that clang -O2
// would otherwise delete (its results are dead) or replace by its closed form
// (a counter `x++` in six nested loops becomes `n*n*n*n*n*n`). A benchmark
// program went from 0.012 s to 4.85 s that way. No form of in-loop poll is
// invisible to LLVM's loop deletion (it needs one exit block and no
// instruction with side effects), so mig-pp instead recognizes, in the
// source, the loop nests clang removes and leaves them unpolled:
//
//  * a *pure* nest: its statements only compute with local scalar variables
//    of the function that are never address-taken (and read memory), call
//    nothing but side-effect-free builtins (sqrt, abs...), store nowhere
//    else, and every loop in it has a non-constant condition (C11 6.8.5p6
//    lets the compiler assume such a loop terminates);
//  * and either its *results are dead*: no variable it writes is read after
//    it or anywhere else outside it (`(void)x` is not a read), so the whole
//    nest is deleted;
//  * or it has a *closed form*: integer variables only, updated by `+`, `-`,
//    `*` of constants, variables the nest does not write and its own
//    counters (`x++`, `s += i * j`), no `if`, no memory read, every loop
//    counting a variable stepped by a constant against a bound the nest does
//    not write: LLVM's scalar evolution computes the exit values and deletes
//    the nest.
//
// Not applied when every loop of the nest compares with a constant
// (`while (k < 2) k++`): such nests are bounded, and many tests use one as
// the smallest loop that polls; a huge constant bound keeps its poll (cost).
//
// A long loop whose result is used and has no closed form (`x = x * a + c`)
// keeps its poll: test/pp/poll-sigterm-prompt.c stops it with one SIGTERM.
// Unpolled nests are also left unpolled at -O0, where nothing removes them;
// they do no I/O and no stores, so a stop waits for them to finish.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_DELETABLELOOPS_H
#define MIGPP_DELETABLELOOPS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"

namespace migpp {

class DeletableLoops {
public:
  /// Finds the removable loop nests of the body of FD.
  DeletableLoops(clang::ASTContext &Ctx, const clang::FunctionDecl *FD);

  /// Whether Loop is, or is nested in, a loop nest the optimizer removes.
  bool contains(const clang::Stmt *Loop) const { return Loops.count(Loop); }

private:
  llvm::DenseSet<const clang::Stmt *> Loops;
};

} // namespace migpp

#endif
