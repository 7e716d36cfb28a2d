//===- SourceEdits.cpp ----------------------------------------------------===//
#include "SourceEdits.h"

#include <algorithm>

namespace migpp {

void SourceEdits::replace(unsigned Begin, unsigned End, std::string Text) {
  Edits.push_back({Begin, End, Replace, NextSeq++, std::move(Text)});
}
void SourceEdits::open(unsigned Pos, std::string Text) {
  Edits.push_back({Pos, Pos, Open, NextSeq++, std::move(Text)});
}
void SourceEdits::close(unsigned Pos, std::string Text) {
  Edits.push_back({Pos, Pos, Close, NextSeq++, std::move(Text)});
}

// Which edits take part in render(B, E):
//  * a replacement [b, e) inside [B, E), unless a later replacement covers it
//    (the later one was built from its render);
//  * an open at P with B <= P < E, a close at P with B < P <= E (a range owns
//    the opens at its start and the closes at its end), unless a later
//    replacement covers P the same way (it was built including them).
std::string SourceEdits::render(unsigned Begin, unsigned End) const {
  auto CoversReplace = [](const Edit &Outer, const Edit &Inner) {
    return Outer.Begin <= Inner.Begin && Inner.End <= Outer.End;
  };
  auto CoversInsert = [](const Edit &R, const Edit &I) {
    return I.K == Open ? (R.Begin <= I.Begin && I.Begin < R.End)
                       : (R.Begin < I.Begin && I.Begin <= R.End);
  };
  std::vector<const Edit *> Replaces, Inserts;
  for (const Edit &E : Edits) {
    if (E.K == Replace) {
      if (Begin <= E.Begin && E.End <= End)
        Replaces.push_back(&E);
    } else if (E.K == Open) {
      if (Begin <= E.Begin && (E.Begin < End || (Begin == End && E.Begin == End)))
        Inserts.push_back(&E);
    } else {
      if (Begin < E.Begin && E.Begin <= End)
        Inserts.push_back(&E);
    }
  }
  std::vector<const Edit *> In;
  for (const Edit *R : Replaces) {
    bool Hidden = false;
    for (const Edit *O : Replaces)
      if (O != R && O->Seq > R->Seq && CoversReplace(*O, *R)) {
        Hidden = true;
        break;
      }
    if (!Hidden)
      In.push_back(R);
  }
  for (const Edit *I : Inserts) {
    bool Hidden = false;
    for (const Edit *O : Replaces)
      if (O->Seq > I->Seq && CoversInsert(*O, *I)) {
        Hidden = true;
        break;
      }
    if (!Hidden)
      In.push_back(I);
  }
  std::sort(In.begin(), In.end(), [](const Edit *A, const Edit *B) {
    if (A->Begin != B->Begin)
      return A->Begin < B->Begin;
    if (A->K != B->K)
      return A->K < B->K;
    switch (A->K) {
    case Close:
      return A->Seq < B->Seq;
    case Open:
      return A->Seq > B->Seq;
    case Replace:
      if (A->End != B->End)
        return A->End > B->End;
      return A->Seq > B->Seq;
    }
    return false;
  });
  std::string Out;
  unsigned Pos = Begin;
  for (const Edit *E : In) {
    if (E->Begin < Pos)
      continue; // inside a replacement already rendered
    Out.append(Buffer.data() + Pos, E->Begin - Pos);
    Out += E->Text;
    Pos = E->End;
  }
  if (Pos < End)
    Out.append(Buffer.data() + Pos, End - Pos);
  return Out;
}

unsigned countNewlines(llvm::StringRef Text) { return Text.count('\n'); }

std::string flatten(llvm::StringRef Text) {
  std::string Out;
  bool LineStart = true;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (LineStart && C == '#') {
      while (I < Text.size() && Text[I] != '\n')
        ++I;
      Out += ' ';
      continue;
    }
    LineStart = C == '\n';
    Out += C == '\n' ? ' ' : C;
  }
  return Out;
}

} // namespace migpp
