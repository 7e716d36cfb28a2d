//===- StaticLocals.cpp ---------------------------------------------------===//
//
// See StaticLocals.h.
//
//===----------------------------------------------------------------------===//
#include "StaticLocals.h"
#include "CallsAndRefs.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <set>

using namespace clang;

namespace migpp {

/// Whether S takes the address of a label (`&&l`, GNU labels as values).
static bool takesLabelAddress(const Stmt *S) {
  if (!S)
    return false;
  if (isa<AddrLabelExpr>(S))
    return true;
  for (const Stmt *C : S->children())
    if (takesLabelAddress(C))
      return true;
  return false;
}

/// A static local initialized with label addresses (a computed-goto table)
/// cannot move to file scope, where `&&l` means nothing. It stays in its
/// function and unregistered: it is not saved, the restored program starts
/// from its own copy of the (constant) table, which holds its own code
/// addresses; a label address copied into saved data is a pointer into code,
/// which a checkpoint refuses.
bool staysInFunction(const VarDecl *VD) {
  return VD->hasInit() && takesLabelAddress(VD->getInit());
}

void moveStaticLocals(const MigratableAnalysis &MA, SourceHelper &SH,
                      mig::TypeDescriptorEmitter &Types, UnitTables &Tables,
                      const std::string &UnitName) {
  ASTContext &Ctx = SH.Ctx;
  SourceEdits &Edits = SH.Edits;
  for (FunctionDecl *FD : MA.userFunctions()) {
    CallsAndRefs AF(FD->getBody());
    std::vector<DeclStmt *> Stmts;
    std::function<void(Stmt *)> Find = [&](Stmt *S) {
      if (!S)
        return;
      if (auto *DS = dyn_cast<DeclStmt>(S)) {
        for (Decl *D : DS->decls())
          if (auto *VD = dyn_cast<VarDecl>(D); VD && VD->isStaticLocal()) {
            if (std::none_of(DS->decl_begin(), DS->decl_end(), [](const Decl *D) {
                  auto *V = dyn_cast<VarDecl>(D);
                  return V && staysInFunction(V);
                }))
              Stmts.push_back(DS);
            break;
          }
      }
      for (Stmt *C : S->children())
        Find(C);
    };
    Find(FD->getBody());
    std::string FName = FD->isMain() ? "main" : FD->getNameAsString();
    std::map<const VarDecl *, std::string> NewName;
    std::set<std::string> UsedNames;
    for (DeclStmt *DS : Stmts)
      for (Decl *D : DS->decls())
        if (auto *VD = dyn_cast<VarDecl>(D)) {
          std::string CName = fmt::format("__mig_s_{}_{}", FName, VD->getName().str());
          for (unsigned N = 2; UsedNames.count(CName); ++N) // same name, other block
            CName = fmt::format("__mig_s_{}_{}_{}", FName, VD->getName().str(), N);
          UsedNames.insert(CName);
          NewName[VD] = CName;
          unsigned B = SH.offset(VD->getLocation());
          Edits.replace(B, SH.tokenEnd(VD->getLocation()), CName);
        }
    for (DeclRefExpr *DRE : AF.Refs)
      if (auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && NewName.count(VD)) {
        unsigned B = SH.offset(DRE->getLocation());
        Edits.replace(B, SH.tokenEnd(DRE->getLocation()), NewName[VD]);
      }
    unsigned Start = SH.definitionStart(FD);
    std::string Moved; // in source order: a later static may use an earlier one
    for (DeclStmt *DS : Stmts) {
      unsigned B = SH.begin(DS), E = SH.stmtEnd(DS);
      Moved += flatten(Edits.render(B, E)) + " ";
      std::string Repl = ";";
      Repl.append(countNewlines(Edits.original(B, E)), '\n');
      Edits.replace(B, E, Repl);
      for (Decl *D : DS->decls())
        if (auto *VD = dyn_cast<VarDecl>(D)) {
          auto R = Types.describeVariable(VD, VD->getType());
          if (!R) {
            SH.error(VD->getLocation(),
                     fmt::format("cannot describe the type of static variable '{}' "
                                 "for migration (declare its type at file scope)",
                                 VD->getName().str()));
            continue;
          }
          QualType Base = Ctx.getBaseElementType(VD->getType());
          unsigned Flags = Base.isConstQualified() ? 1u : 0u;
          if (VD->getTLSKind() != VarDecl::TLS_None)
            Flags |= 2u;
          Tables.Globals.push_back(
              {UnitName + ":" + FName + "." + NewName[VD].substr(9 + FName.size()), NewName[VD],
               R->Type, R->Count, Flags});
        }
    }
    if (!Moved.empty())
      Edits.open(Start, Moved);
  }
}

} // namespace migpp
