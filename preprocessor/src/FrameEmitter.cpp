//===- FrameEmitter.cpp ---------------------------------------------------===//
//
// See FrameEmitter.h.
//
//===----------------------------------------------------------------------===//
#include "FrameEmitter.h"
#include "SiteLiveness.h"
#include "TypeText.h"

#include "llvm/ADT/BitVector.h"

#include <fmt/format.h>

#include <algorithm>

using namespace clang;

namespace migpp {

/// Declaration of a hoisted variable: assignable (no const), but volatile
/// stays volatile (setjmp, signal handlers rely on it).
static std::string hoistedDecl(ASTContext &Ctx, const VarDecl *VD, QualType T,
                               const std::string &Name) {
  std::string D;
  if (!T->isArrayType() && T.isVolatileQualified())
    D = *mig::spellType(Ctx, Ctx.getVolatileType(T.getUnqualifiedType()), Name);
  else
    D = *mig::spellAssignableType(Ctx, T, Name);
  if (VD->getType()->isVariablyModifiedType()) // the storage's own alignment
    return D;
  return D + alignmentSuffix(Ctx, VD);
}

/// Pos just after a function body's '{': past the `#pragma` lines (and line
/// markers) that start the body. `#pragma STDC FP_CONTRACT` and `#pragma
/// clang fp` must stay at the start of their compound statement, so the
/// hoisted declarations and the rewind dispatch go after them.
static unsigned pastLeadingDirectives(llvm::StringRef Buf, unsigned Pos) {
  unsigned P = Pos;
  for (;;) {
    while (P < Buf.size() && (Buf[P] == ' ' || Buf[P] == '\t' || Buf[P] == '\n' || Buf[P] == '\r'))
      ++P;
    if (P >= Buf.size() || Buf[P] != '#')
      return Pos;
    // A directive is a whole line of the preprocessed unit.
    if (P > 0 && Buf.rfind('\n', P) != llvm::StringRef::npos &&
        Buf.slice(Buf.rfind('\n', P) + 1, P).find_first_not_of(" \t") != llvm::StringRef::npos)
      return Pos;
    size_t NL = Buf.find('\n', P);
    if (NL == llvm::StringRef::npos)
      return Pos;
    P = NL + 1;
    Pos = P;
  }
}

std::string FrameEmitter::preamble(const FunctionRecord &Record) const {
  const std::string &F = St.CName;
  std::string P;
  P += "struct __mig_rf_" + F + " {" + Record.FrameStruct + "}; ";
  if (St.HasShadow)
    P += "struct __mig_sf_" + F + " {" + Record.ShadowStruct + "}; ";
  P += "int __mig_site = 0; ";
  if (St.HasShadow)
    P += fmt::format("struct __mig_sf_{0} *__mig_sf = (struct __mig_sf_{0} *)"
                     "__mig_shadow_push(&__mig_fn_{0}); ",
                     F);
  bool VoidFn = St.FD->getReturnType()->isVoidType();
  if (!VoidFn) {
    P += "static " + *mig::spellType(SH.Ctx, St.FD->getReturnType(), "__mig_zero") + "; ";
    if (St.HasShadow)
      P += *mig::spellAssignableType(SH.Ctx, St.FD->getReturnType(), "__mig_ret") + "; ";
  }
  for (const SavedVar &V : Layout.Saved) {
    if (V.Exposed || isa<ParmVarDecl>(V.VD))
      continue;
    P += hoistedDecl(SH.Ctx, V.VD, storage(V), V.Name);
    // Zeroed so that unwinding from a site before the variable's own
    // initialization saves a defined value: no garbage pointer for the
    // runtime to judge, and no "may be used uninitialized" from gcc. Scalars
    // cost nothing (the store folds into the first assignment); large
    // aggregates without pointers are left as they are.
    if (typeHasPointer(storage(V)) || storage(V)->isScalarType())
      P += " = {0}";
    P += "; ";
  }
  for (const ExprLinearizer::Temp &T : Lin.temps())
    P += *mig::spellAssignableType(SH.Ctx, T.Type, T.Name) + " = {0}; ";
  P += Setjmps.Decls;

  P += fmt::format("if (__builtin_expect(__mig_state != 0, 0)) {{ struct __mig_rf_{0} "
                   "*__mig_rf = (struct __mig_rf_{0} *)__mig_rewind_frame(&__mig_fn_{0}, "
                   "&__mig_site); ",
                   F);
  auto Copy = [](const std::string &Dst, const std::string &Src) {
    return fmt::format("__builtin_memcpy((void *)&{0}, (const void *)&{1}, sizeof({0})); ", Dst,
                       Src);
  };
  for (const SavedVar &V : Layout.Saved)
    if (!V.Exposed)
      P += fmt::format("__builtin_memcpy((void *)&{0}, (const void *)&__mig_rf->{0}, {1}); ",
                       V.Name, sizeOfVar(V.VD, V.Name));
  for (const ExprLinearizer::Temp &T : Lin.temps())
    P += Copy(T.Name, "__mig_rf->" + T.Name);
  P += "(void)__mig_rf; " + Setjmps.Dispatch + "switch (__mig_site) { ";
  for (unsigned K = 1; K <= St.Sites.size(); ++K)
    P += fmt::format("case {0}: goto __mig_resume_{0}; ", K);
  P += "default: __builtin_trap(); } } ";
  for (const SavedVar &V : Layout.Saved) {
    if (!V.Exposed)
      continue;
    if (isa<ParmVarDecl>(V.VD))
      P += Copy(varRef(V), V.VD->getNameAsString());
    else if (typeHasPointer(storage(V)))
      P += fmt::format("__builtin_memset(&{0}, 0, sizeof({0})); ", varRef(V));
  }
  return P;
}

std::string FrameEmitter::tail() const {
  bool VoidFn = St.FD->getReturnType()->isVoidType();
  std::string T = " ";
  if (St.HasShadow)
    T += "__mig_shadow_pop(__mig_sf); ";
  if (VoidFn)
    T += "return; ";
  else if (St.FD->isMain())
    T += "return 0; ";
  else
    T += "return __mig_zero; ";
  return T + unwindBlocks();
}

/// The unwind block and its entries. Site k jumps to `__mig_unwind_<k>`
/// (the __MIG_POLL/__MIG_AFTER_CALL macros). One block pushes the frame
/// record and stores every register-frame variable; before it, the sites
/// that need the same variables share an entry that first zeroes the
/// variables dead at them (SiteLiveness) and the expression temporaries of
/// other statements (ExprLinearizer::Temp). Those are then constants on the
/// way to the store, so the target compiler no longer keeps them alive
/// across the site's call; a frame field of a dead variable holds 0. (One
/// block per distinct live set instead made the code larger: the push and
/// the stores repeated per set cost more than the spills they saved.)
std::string FrameEmitter::unwindBlocks() const {
  const std::string &F = St.CName;
  bool VoidFn = St.FD->getReturnType()->isVoidType();
  // Candidates SiteLiveness may find dead: scalars and pointers of the
  // register frame (see SiteLiveness.h).
  auto IsCandidate = [&](const SavedVar &V) {
    QualType Storage = storage(V);
    return !V.Exposed && V.Vm == SavedVar::NotVm && Storage->isScalarType() &&
           !Storage.isVolatileQualified() && !V.VD->getType().isVolatileQualified();
  };
  std::vector<const VarDecl *> Candidates;
  std::vector<const SavedVar *> CandidateVars;
  for (const SavedVar &V : Layout.Saved)
    if (IsCandidate(V)) {
      Candidates.push_back(V.VD);
      CandidateVars.push_back(&V);
    }
  SiteLiveness Live(SH.Ctx, St.FD, Candidates);
  // Entries by the set of candidates dead at their sites.
  std::vector<llvm::BitVector> DeadSets;
  std::vector<std::vector<unsigned>> SitesOf;
  // Bits past the candidates: the statement temporaries, dead at the sites
  // outside their statement.
  size_t NC = Candidates.size();
  const auto &Temps = Lin.temps();
  for (unsigned K = 1; K <= St.Sites.size(); ++K) {
    llvm::BitVector Dead(NC + Temps.size());
    if (auto Need = Live.liveAt(St.SiteAnchors[K - 1]))
      for (unsigned I = 0; I < NC; ++I)
        Dead[I] = !(*Need)[I];
    for (size_t I = 0; I < Temps.size(); ++I)
      Dead[NC + I] = !Lin.tempLiveAt(I, K);
    auto It = std::find(DeadSets.begin(), DeadSets.end(), Dead);
    if (It == DeadSets.end()) {
      DeadSets.push_back(Dead);
      SitesOf.emplace_back();
      It = DeadSets.end() - 1;
    }
    SitesOf[It - DeadSets.begin()].push_back(K);
  }
  std::string T, AllLive;
  for (size_t G = 0; G < DeadSets.size(); ++G) {
    std::string Labels;
    for (unsigned K : SitesOf[G])
      Labels += fmt::format("__mig_unwind_{}: ", K);
    if (DeadSets[G].none()) {
      AllLive = Labels;
      continue;
    }
    T += Labels;
    for (unsigned I : DeadSets[G].set_bits()) {
      if (I >= NC) {
        T += fmt::format("__builtin_memset(&{0}, 0, sizeof({0})); ", Temps[I - NC].Name);
        continue;
      }
      T += fmt::format("__builtin_memset(&{0}, 0, {1}); ", CandidateVars[I]->Name,
                       sizeOfVar(CandidateVars[I]->VD, CandidateVars[I]->Name));
    }
    T += "goto __mig_unwind; ";
  }
  T += AllLive;
  // Reached by falling through from the sites' entries just above it, so no
  // goto may name it: `unused` keeps -Wunused-label quiet (a user's -Wall
  // -Werror build must see no warning its source does not have).
  T += fmt::format("__mig_unwind: __attribute__((unused)); {{ struct __mig_rf_{0} *__mig_rf = "
                   "(struct __mig_rf_{0} *)"
                   "__mig_unwind_frame(&__mig_fn_{0}, __mig_site, {1}); ",
                   F, St.HasShadow ? "__mig_sf" : "0");
  for (const SavedVar &V : Layout.Saved)
    if (!V.Exposed)
      T += fmt::format("__builtin_memcpy(&__mig_rf->{0}, (const void *)&{0}, {1}); ", V.Name,
                       sizeOfVar(V.VD, V.Name));
  for (const ExprLinearizer::Temp &Tp : Lin.temps())
    T += fmt::format("__builtin_memcpy(&__mig_rf->{0}, &{0}, sizeof({0})); ", Tp.Name);
  T += VoidFn ? "return; } " : "return __mig_zero; } ";
  return T;
}

FunctionRecord FrameEmitter::record(std::string MigName) const {
  FunctionRecord Record;
  Record.CName = St.CName;
  Record.MigName = std::move(MigName);
  for (const SavedVar &V : Layout.Saved) {
    QualType ST = storage(V);
    std::string Field = *mig::spellAssignableType(SH.Ctx, ST, V.Name) +
                        (V.Vm == SavedVar::NotVm ? alignmentSuffix(SH.Ctx, V.VD) : "") + "; ";
    if (V.Exposed) {
      Record.ShadowStruct += Field;
      Record.ShadowFields.push_back({V.Name, ST, V.VD});
      Record.ShadowVarNames.push_back(V.VD->getNameAsString());
    } else {
      Record.FrameStruct += Field;
      Record.FrameFields.push_back({V.Name, ST, V.VD});
      Record.FrameVarNames.push_back(V.VD->getNameAsString());
    }
  }
  for (const ExprLinearizer::Temp &T : Lin.temps()) {
    Record.FrameStruct += *mig::spellAssignableType(SH.Ctx, T.Type, T.Name) + "; ";
    Record.FrameFields.push_back({T.Name, T.Type});
    Record.FrameVarNames.push_back("(temporary)");
  }
  for (const ShadowLiteral &L : Layout.ShadowLiterals) {
    Record.ShadowStruct += *mig::spellAssignableType(SH.Ctx, L.CLE->getType(), L.Name) + "; ";
    Record.ShadowFields.push_back({L.Name, L.CLE->getType()});
    Record.ShadowVarNames.push_back("(compound literal)");
  }
  if (St.HasShadow && Record.ShadowFields.empty()) { // alloca only
    Record.ShadowStruct = "char __mig_empty; ";
    Record.ShadowFields.push_back({"__mig_empty", SH.Ctx.CharTy});
    Record.ShadowVarNames.push_back("(none)");
  }
  if (Record.FrameFields.empty()) {
    Record.FrameStruct = "char __mig_empty; ";
    Record.FrameFields.push_back({"__mig_empty", SH.Ctx.CharTy});
    Record.FrameVarNames.push_back("(none)");
  }
  Record.Sites = St.Sites;
  return Record;
}

void FrameEmitter::emit(CompoundStmt *Body, const FunctionRecord &R,
                        const std::string &EntryPoll) const {
  unsigned LB = pastLeadingDirectives(SH.Edits.buffer(), SH.offset(Body->getLBracLoc()) + 1);
  SH.Edits.open(LB, preamble(R) + EntryPoll);
  SH.Edits.close(SH.offset(Body->getRBracLoc()), tail());
}

} // namespace migpp
