//===- LocalTypes.h - Move a function's local types to file scope ---------===//
//
// A frame struct is declared where every field type can be named, and its
// descriptor is file-scope C, so a struct/union/enum/typedef declared inside
// a transformed function cannot be the type of a saved variable as it is.
// LocalTypeHoister moves such definitions in front of the function under
// unique names (<f>__<name>, <f>__anon<N> for an unnamed struct that declares
// variables), renames every reference inside the function (tags, typedef
// names, enum constants) and tells the type speller (mig::
// markMovedToFileScope) so the saved variables' types can be spelled.
//
// A definition stays where it is (and a saved variable of its type is then
// rejected by the caller) when it cannot live at file scope: a typedef of a
// variably modified type, a definition that refers to a local variable, or
// one that refers to another local type that stays.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_LOCALTYPES_H
#define MIGPP_LOCALTYPES_H

#include "SourceHelper.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

#include <functional>
#include <set>
#include <string>

namespace migpp {

class LocalTypeHoister {
public:
  LocalTypeHoister(SourceHelper &SH, clang::FunctionDecl *FD, std::string Prefix)
      : SH(SH), FD(FD), Prefix(std::move(Prefix)) {}

  /// Performs the move. Returns the definitions to place in front of the
  /// function, in source order, on one line.
  std::string run();
  /// Why D (a local type left in place) could not be moved, or "".
  std::string whyKept(const clang::Decl *D) const;

private:
  struct Movable {
    clang::DeclStmt *DS;
    bool WholeStatement; ///< only types (no variables) are declared there
  };
  void collect();
  bool canMove(const clang::DeclStmt *DS, std::string &Why) const;
  std::string uniqueName(llvm::StringRef Base);
  void rename(const clang::NamedDecl *D, const std::string &NewName);
  void renameReferences();

  SourceHelper &SH;
  clang::FunctionDecl *FD;
  std::string Prefix;
  std::vector<Movable> Candidates;
  llvm::DenseMap<const clang::Decl *, std::string> NewNames; ///< canonical decls
  llvm::DenseMap<const clang::Decl *, std::string> Kept;     ///< decl -> why
  std::set<std::string> Used;
  unsigned Anon = 0;
};

} // namespace migpp

#endif
