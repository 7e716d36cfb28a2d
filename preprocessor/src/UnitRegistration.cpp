//===- UnitRegistration.cpp -----------------------------------------------===//
//
// See UnitRegistration.h.
//
//===----------------------------------------------------------------------===//
#include "UnitRegistration.h"
#include "AllocationCalls.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <fmt/format.h>

using namespace clang;

namespace migpp {

std::string migName(const FunctionDecl *FD, const std::string &UnitName) {
  if (FD->isMain())
    return "main";
  if (!FD->isExternallyVisible())
    return UnitName + ":" + FD->getNameAsString();
  return FD->getNameAsString();
}

namespace {
class FunctionRefFinder : public RecursiveASTVisitor<FunctionRefFinder> {
public:
  std::vector<const FunctionDecl *> Refs;
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
      Refs.push_back(FD);
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (auto *CA = VD->getAttr<CleanupAttr>())
      if (const FunctionDecl *FD = CA->getFunctionDecl())
        Refs.push_back(FD);
    return true;
  }
};
} // namespace

/// The functions the compiled unit may still refer to: those that can be
/// called or have their address taken once clang has dropped what nothing
/// uses. Registering the others (taking their address in __mig_functions)
/// would keep them alive: an unused static function, or a C99 inline
/// definition (no symbol of its own), would then need what its body
/// refers to, or itself, at link time.
std::set<const FunctionDecl *> UnitRegistration::neededFunctions() const {
  ASTContext &Ctx = SH.Ctx;
  std::set<const FunctionDecl *> Needed;
  std::vector<const FunctionDecl *> Work;
  auto Reach = [&](const FunctionDecl *FD) {
    if (Needed.insert(FD->getCanonicalDecl()).second)
      Work.push_back(FD->getCanonicalDecl());
  };
  std::set<std::string> AliasTargets;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (auto *A = D->getAttr<AliasAttr>())
      AliasTargets.insert(A->getAliasee().str());
  for (FunctionDecl *FD : MA.userFunctions()) {
    bool InlineOnly = FD->isInlined() && !FD->isInlineDefinitionExternallyVisible();
    if ((FD->isExternallyVisible() && !InlineOnly) || FD->isMain() || FD->hasAttr<UsedAttr>() ||
        FD->hasAttr<ConstructorAttr>() || FD->hasAttr<DestructorAttr>() ||
        FD->hasAttr<AliasAttr>() ||
        (FD->getIdentifier() && AliasTargets.count(FD->getName().str())))
      Reach(FD);
  }
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit()) {
      FunctionRefFinder F;
      F.TraverseStmt(VD->getInit());
      for (const FunctionDecl *FD : F.Refs)
        Reach(FD);
    }
  while (!Work.empty()) {
    const FunctionDecl *FD = Work.back();
    Work.pop_back();
    for (const FunctionDecl *R : FD->redecls()) {
      if (!R->doesThisDeclarationHaveABody())
        continue;
      FunctionRefFinder F;
      F.TraverseStmt(R->getBody());
      for (const FunctionDecl *X : F.Refs)
        Reach(X);
    }
  }
  return Needed;
}

void UnitRegistration::registerGlobals() {
  ASTContext &Ctx = SH.Ctx;
  std::set<const VarDecl *> Seen;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !MA.isUserDecl(VD) || !VD->isFileVarDecl())
      continue;
    if (VD->isThisDeclarationADefinition() == VarDecl::DeclarationOnly)
      continue;
    const VarDecl *Canon = VD->getCanonicalDecl();
    if (!Seen.insert(Canon).second)
      continue;
    QualType T = VD->getType();
    for (const VarDecl *R : VD->redecls())
      if (!R->getType()->isIncompleteType())
        T = R->getType();
    if (T->isIncompleteType()) {
      SH.warning(VD->getLocation(), "global of incomplete type is not migrated");
      continue;
    }
    auto R = Types.describeVariable(VD, T);
    if (!R) {
      SH.error(VD->getLocation(),
               fmt::format("cannot describe the type of global '{}' for migration: {}",
                           VD->getName().str(), Types.lastError()));
      continue;
    }
    unsigned Flags = Ctx.getBaseElementType(T).isConstQualified() ? 1u : 0u;
    if (VD->getTLSKind() != VarDecl::TLS_None)
      Flags |= 2u;
    std::string Name = VD->getName().str();
    std::string MigName = VD->isExternallyVisible() ? Name : UnitName + ":" + Name;
    Tables.Globals.push_back({MigName, Name, R->Type, R->Count, Flags});
  }
}

std::string UnitRegistration::prologue(const std::vector<FunctionRecord> &Functions) const {
  std::string P = "#include <mig/abi.h>\n";
  P += Types.forwardDeclarations();
  for (const FunctionRecord &F : Functions)
    P += "static const __mig_func __mig_fn_" + F.CName + ";\n";
  for (const UnitTables::Literal &L : Tables.Literals)
    P += "static " + L.ElementType + " " + L.CName + "[] = " + L.Text + ";\n";
  if (!SH.Edits.buffer().starts_with("#"))
    P += "#line 1 " + cString(UnitName) + "\n";
  return P;
}

template <typename T, typename F>
static std::string table(const std::string &Decl, const std::vector<T> &Items, F Row,
                         const std::string &Empty) {
  std::string S = Decl + " = {\n";
  for (const T &I : Items)
    S += "  " + Row(I) + ",\n";
  if (Items.empty())
    S += "  " + Empty + "\n";
  return S + "};\n";
}

/// The frame structs at file scope for the descriptors (the function bodies
/// declare identical local copies); each function's FrameStruct and
/// ShadowStruct become its descriptor expressions.
std::string UnitRegistration::frameStructs(std::vector<FunctionRecord> &Functions) const {
  std::string E;
  for (FunctionRecord &F : Functions) {
    E += "struct __mig_rf_" + F.CName + " {" + F.FrameStruct + "};\n";
    auto Desc =
        Types.describeGeneratedStruct("__mig_rf_" + F.CName, "frame " + F.MigName, F.FrameFields);
    F.FrameStruct = Desc.value_or("0"); // reuse: now the descriptor expression
    if (!F.ShadowFields.empty()) {
      E += "struct __mig_sf_" + F.CName + " {" + F.ShadowStruct + "};\n";
      F.ShadowStruct =
          Types
              .describeGeneratedStruct("__mig_sf_" + F.CName, "shadow " + F.MigName, F.ShadowFields)
              .value_or("0");
    } else {
      F.ShadowStruct = "0";
    }
  }
  return E;
}

/// Each transformed function's __mig_func: descriptors, sites, the user's
/// names of the frame fields.
std::string UnitRegistration::functionObjects(const std::vector<FunctionRecord> &Functions) {
  auto Strings = [](const std::vector<std::string> &V) {
    std::string S;
    for (const std::string &X : V)
      S += cString(X) + ", ";
    return S.empty() ? std::string("0") : S;
  };
  std::string E;
  for (const FunctionRecord &F : Functions) {
    E += fmt::format("static const char *const __mig_sites_{}[] = {{{}}};\n", F.CName,
                     Strings(F.Sites));
    E += fmt::format("static const char *const __mig_rfvars_{}[] = {{{}}};\n", F.CName,
                     Strings(F.FrameVarNames));
    E += fmt::format("static const char *const __mig_sfvars_{}[] = {{{}}};\n", F.CName,
                     Strings(F.ShadowVarNames));
    E += fmt::format("static const __mig_func __mig_fn_{0} = {{{1}, {2}, {3}, {4}, "
                     "__mig_sites_{0}, __mig_rfvars_{0}, __mig_sfvars_{0}}};\n",
                     F.CName, cString(F.MigName), F.FrameStruct, F.ShadowStruct, F.Sites.size());
  }
  return E;
}

/// A _Thread_local's address is not a constant: the constructor fills it
/// in, on the thread that runs it (the main thread).
std::string UnitRegistration::threadLocalAddresses() const {
  std::string ThreadAddrs;
  for (size_t I = 0; I < Tables.Globals.size(); ++I)
    if (Tables.Globals[I].Flags & 2u)
      ThreadAddrs +=
          fmt::format("__mig_globals[{}].addr = (void *)&{}; ", I, Tables.Globals[I].CName);
  return ThreadAddrs;
}

std::string UnitRegistration::globalsTable(bool ThreadLocals) const {
  return table(
      ThreadLocals ? "static __mig_global __mig_globals[]"
                   : "static const __mig_global __mig_globals[]",
      Tables.Globals,
      [](const UnitTables::Global &G) {
        return fmt::format("{{{}, {}, {}, {}, {}}}", cString(G.MigName),
                           (G.Flags & 2u) ? "0" : "(void *)&" + G.CName, G.Type, G.Count, G.Flags);
      },
      "{0, 0, 0, 0, 0}");
}

/// Every function whose address the unit takes, defined here or not: a
/// function pointer is translated by name, and only such functions can be
/// pointed to (another unit taking the address of one defined here registers
/// it itself). Functions whose address is never taken stay out of the
/// table: a reference there would keep clang from deleting a static
/// function it inlined everywhere, which doubled the code of small helpers.
/// Each with its signature: a restored function pointer may only name a
/// function whose signature is compatible with the pointer's declared type.
std::vector<UnitRegistration::FunctionRef> UnitRegistration::functionRefs() const {
  std::vector<FunctionRef> Fns;
  std::set<std::string> FnNames;
  // Only functions the unit can still reach (neededFunctions): a reference
  // from an unused static function would keep it alive, with the undefined
  // symbols it may refer to.
  std::set<const FunctionDecl *> Needed = neededFunctions();
  for (const FunctionDecl *FD : MA.addressTakenFunctions()) {
    if ((FD->getIdentifier() && FD->getName().starts_with("__builtin")) ||
        !Needed.count(FD->getCanonicalDecl()))
      continue;
    if (FD->isMain()) {
      if (FnNames.insert(migName(FD, UnitName)).second)
        Fns.push_back({migName(FD, UnitName), "__mig_main", signatureOf(FD)});
      continue;
    }
    // `= realloc` was rewritten to the runtime's wrapper: register that
    // address under the libc name, so the pointer translates to the
    // receiver's wrapper.
    const char *Wrapper = untypedWrapper(FD, SH.Ctx.getSourceManager());
    if (FnNames.insert(migName(FD, UnitName)).second)
      Fns.push_back(
          {migName(FD, UnitName), Wrapper ? Wrapper : FD->getNameAsString(), signatureOf(FD)});
  }
  return Fns;
}

/// The descriptor of a pointer to FD (its signature), or "0" (any pointer)
/// when it cannot be described.
std::string UnitRegistration::signatureOf(const FunctionDecl *FD) const {
  // The type as a declaration wrote it: a library builtin's own type
  // (strlen) has no typedef sugar, and size_t must read the same on every
  // target.
  QualType T = FD->getType();
  for (const FunctionDecl *R : FD->redecls())
    if (!R->isImplicit() && R->getTypeSourceInfo()) {
      T = R->getTypeSourceInfo()->getType();
      break;
    }
  auto R = Types.describe(SH.Ctx.getPointerType(T));
  return R ? R->Type : "0";
}

std::string UnitRegistration::literalsTable() const {
  unsigned N = 0;
  return table(
      "static const __mig_literal __mig_literals[]", Tables.Literals,
      [&](const UnitTables::Literal &L) {
        return fmt::format("{{{}, {}, sizeof({})}}", cString(UnitName + "#" + std::to_string(++N)),
                           L.CName, L.CName);
      },
      "{0, 0, 0}");
}

/// Every thread's own instance of a _Thread_local, for the runtime to save
/// and restore each thread's: the cases of __mig_tls_addr.
std::string UnitRegistration::threadLocalCases() const {
  std::string TlsCases;
  for (size_t I = 0; I < Tables.Globals.size(); ++I)
    if (Tables.Globals[I].Flags & 2u)
      TlsCases += fmt::format("case {}: return (void *)&{}; ", I, Tables.Globals[I].CName);
  return TlsCases;
}

/// __mig_user_main, which the runtime calls: the renamed main with the
/// arguments it declares.
std::string UnitRegistration::userMain(const FunctionDecl *Main) {
  std::string Args;
  unsigned NP = Main->getNumParams();
  const char *Names[] = {"argc", "argv", "envp"};
  for (unsigned I = 0; I < NP && I < 3; ++I)
    Args += std::string(I ? ", " : "") + Names[I];
  std::string E = "int __mig_user_main(int argc, char **argv, char **envp) { (void)argc; "
                  "(void)argv; (void)envp; ";
  if (Main->getReturnType()->isVoidType())
    return E + "__mig_main(" + Args + "); return 0; }\n";
  return E + "return __mig_main(" + Args + "); }\n";
}

std::string UnitRegistration::epilogue(std::vector<FunctionRecord> &Functions,
                                       const FunctionDecl *Main) const {
  std::string E = "\n# 1 \"<mig-pp generated>\"\n";
  E += frameStructs(Functions);
  std::vector<FunctionRef> Fns = functionRefs(); // describes their signatures
  E += Types.definitions();
  E += functionObjects(Functions);
  std::string ThreadAddrs = threadLocalAddresses();
  E += globalsTable(!ThreadAddrs.empty());
  E += table(
      "static const __mig_function_ref __mig_functions[]", Fns,
      [](const FunctionRef &F) {
        return fmt::format("{{{}, (void (*)(void))&{}, {}}}", cString(F.Name), F.Addr, F.Type);
      },
      "{0, 0, 0}");
  E += table(
      "static const __mig_func *const __mig_migratable[]", Functions,
      [](const FunctionRecord &F) { return "&__mig_fn_" + F.CName; }, "0");
  E += literalsTable();
  std::string TlsCases = threadLocalCases();
  if (!TlsCases.empty())
    E += "static void *__mig_tls_addr(unsigned i) { switch (i) { " + TlsCases + "} return 0; }\n";
  E += fmt::format(
      "static const __mig_unit __mig_this_unit = {{MIG_ABI_VERSION, {}, __mig_globals, {}, "
      "__mig_functions, {}, __mig_migratable, {}, __mig_literals, {}, {}, {}, {}}};\n",
      cString(UnitName), Tables.Globals.size(), Fns.size(), Functions.size(),
      Tables.Literals.size(), mig::TypeDescriptorEmitter::unitTypesArrayName().str(),
      Types.numDescriptors(), TlsCases.empty() ? "0" : "__mig_tls_addr");
  E += "__attribute__((constructor)) static void __mig_register_this_unit(void) { " + ThreadAddrs +
       "__mig_register_unit(&__mig_this_unit); }\n";
  if (Main)
    E += userMain(Main);
  return E;
}

} // namespace migpp
