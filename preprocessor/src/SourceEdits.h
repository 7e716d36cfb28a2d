//===- SourceEdits.h - Nested text edits over one source buffer -----------===//
//
// mig-pp rewrites bottom-up: a sub-expression is edited first (a call replaced
// by its temporary), then the statement holding it is rebuilt from the
// *rendered* text of its parts. clang::Rewriter mis-sizes a replacement that
// covers earlier insertions, so this small edit set is used instead:
//
//  * replace(B, E, T): the bytes [B, E) render as T. A later replacement that
//    covers an earlier one wins (it was built from the earlier one's render).
//  * open(P, T) / close(P, T): insertions at P. At one position all closes
//    come first (earliest first: an inner statement closes before its
//    wrapper), then all opens (latest first: a wrapper opens before what it
//    wraps).
//
// Everything mig-pp inserts inside a function keeps the newline count of the
// text it replaces, so the unit's line markers stay true.
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_SOURCEEDITS_H
#define MIGPP_SOURCEEDITS_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace migpp {

class SourceEdits {
public:
  explicit SourceEdits(llvm::StringRef Buffer) : Buffer(Buffer) {}

  void replace(unsigned Begin, unsigned End, std::string Text);
  void open(unsigned Pos, std::string Text);
  void close(unsigned Pos, std::string Text);

  /// The text of [Begin, End) with every edit inside it applied. Insertions
  /// at Begin are included, insertions at End are not.
  std::string render(unsigned Begin, unsigned End) const;
  std::string renderAll() const { return render(0, Buffer.size()); }

  llvm::StringRef original(unsigned Begin, unsigned End) const { return Buffer.slice(Begin, End); }
  llvm::StringRef buffer() const { return Buffer; }

private:
  enum Kind { Close = 0, Open = 1, Replace = 2 };
  struct Edit {
    unsigned Begin, End;
    Kind K;
    unsigned Seq;
    std::string Text;
  };
  llvm::StringRef Buffer;
  std::vector<Edit> Edits;
  unsigned NextSeq = 0;
};

/// Text on one line (line-marker lines dropped): for code moved elsewhere.
std::string flatten(llvm::StringRef Text);
/// Counts '\n' in Text.
unsigned countNewlines(llvm::StringRef Text);

} // namespace migpp

#endif
