//===- FunctionTransformer.cpp --------------------------------------------===//
//
// See FunctionTransformer.h and docs/design.md. Statements are rewritten
// post-order: children first, so a statement is rebuilt from the rendered
// text of already-rewritten children.
//
//===----------------------------------------------------------------------===//
#include "FunctionTransformer.h"
#include "SiteLiveness.h"
#include "LocalTypes.h"
#include "SetjmpSites.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

#include <functional>
#include <set>

using namespace clang;

namespace migpp {

//===--- SourceHelper ------------------------------------------------------===//

unsigned SourceHelper::offset(SourceLocation L) const {
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.getFileOffset(SM.getExpansionLoc(L));
}

unsigned SourceHelper::tokenEnd(SourceLocation L) const {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation E = Lexer::getLocForEndOfToken(SM.getExpansionLoc(L), 0, SM,
                                                Ctx.getLangOpts());
  if (E.isInvalid())
    return offset(L) + 1;
  return SM.getFileOffset(E);
}

unsigned SourceHelper::pastSemicolon(unsigned Pos) const {
  llvm::StringRef B = Edits.buffer();
  for (unsigned I = Pos; I < B.size(); ++I) {
    char C = B[I];
    if (C == ';')
      return I + 1;
    if (C == '#' && (I == 0 || B[I - 1] == '\n')) { // a line marker
      while (I < B.size() && B[I] != '\n')
        ++I;
      continue;
    }
    if (!isspace(static_cast<unsigned char>(C)))
      return Pos;
  }
  return Pos;
}

unsigned SourceHelper::stmtEnd(const Stmt *S) const {
  if (auto *CS = dyn_cast<CompoundStmt>(S))
    return tokenEnd(CS->getRBracLoc());
  if (auto *DS = dyn_cast<DeclStmt>(S)) {
    unsigned E = tokenEnd(DS->getEndLoc());
    if (E == 0 || Edits.buffer()[E - 1] != ';')
      E = pastSemicolon(E);
    return E;
  }
  if (auto *If = dyn_cast<IfStmt>(S))
    return stmtEnd(If->getElse() ? If->getElse() : If->getThen());
  if (auto *W = dyn_cast<WhileStmt>(S))
    return stmtEnd(W->getBody());
  if (auto *F = dyn_cast<ForStmt>(S))
    return stmtEnd(F->getBody());
  if (auto *Sw = dyn_cast<SwitchStmt>(S))
    return stmtEnd(Sw->getBody());
  if (auto *L = dyn_cast<LabelStmt>(S))
    return stmtEnd(L->getSubStmt());
  if (auto *C = dyn_cast<SwitchCase>(S))
    return stmtEnd(C->getSubStmt());
  if (auto *A = dyn_cast<AttributedStmt>(S))
    return stmtEnd(A->getSubStmt());
  if (auto *D = dyn_cast<DoStmt>(S))
    return pastSemicolon(tokenEnd(D->getRParenLoc()));
  if (auto *N = dyn_cast<NullStmt>(S))
    return offset(N->getSemiLoc()) + 1;
  return pastSemicolon(tokenEnd(S->getEndLoc()));
}

std::string SourceHelper::render(const Stmt *S) const {
  if (auto *E = dyn_cast<Expr>(S))
    return renderExpr(E);
  return Edits.render(begin(S), stmtEnd(S));
}

void SourceHelper::replaceExpr(const Expr *E, std::string Text) {
  unsigned B = begin(E), End = exprEnd(E);
  Text.append(countNewlines(Edits.original(B, End)), '\n');
  Edits.replace(B, End, std::move(Text));
}

std::string SourceHelper::siteName(SourceLocation L) const {
  PresumedLoc P = Ctx.getSourceManager().getPresumedLoc(L);
  if (P.isInvalid())
    return "?";
  return fmt::format("{}:{}", llvm::sys::path::filename(P.getFilename()).str(),
                     P.getLine());
}

void SourceHelper::error(SourceLocation L, llvm::StringRef Msg) const {
  DiagnosticsEngine &D = Ctx.getDiagnostics();
  D.Report(L, D.getCustomDiagID(DiagnosticsEngine::Error, "%0")) << Msg;
}

void SourceHelper::warning(SourceLocation L, llvm::StringRef Msg) const {
  DiagnosticsEngine &D = Ctx.getDiagnostics();
  D.Report(L, D.getCustomDiagID(DiagnosticsEngine::Warning, "%0")) << Msg;
}

/// Replaces [B, E) by Text on one line, followed by the newlines [B, E) had.
static void replaceKeepingLines(SourceEdits &Edits, unsigned B, unsigned E,
                                llvm::StringRef Text) {
  std::string T = flatten(Text);
  T.append(countNewlines(Edits.original(B, E)), '\n');
  Edits.replace(B, E, std::move(T));
}

//===--- Type helpers --------------------------------------------------------===//

/// Whether T, an element of it (arrays) or a member of it (structs and
/// unions), at any depth, satisfies Is.
static bool anyPart(QualType T, llvm::function_ref<bool(QualType)> Is) {
  T = T.getCanonicalType();
  if (Is(T))
    return true;
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    return anyPart(AT->getElementType(), Is);
  if (const RecordType *RT = T->getAs<RecordType>())
    if (const RecordDecl *RD = RT->getDecl()->getDefinition())
      for (const FieldDecl *F : RD->fields())
        if (anyPart(F->getType(), Is))
          return true;
  return false;
}

static bool typeHasPointer(QualType T) {
  return anyPart(T, [](QualType P) { return P->isPointerType() || P->isBlockPointerType(); });
}

/// A struct/union with a const member (at any depth) cannot be assigned.
static bool hasConstMember(QualType T) {
  return anyPart(T, [](QualType P) {
    const RecordType *RT = P->getAs<RecordType>();
    const RecordDecl *RD = RT ? RT->getDecl()->getDefinition() : nullptr;
    return RD && llvm::any_of(RD->fields(), [](const FieldDecl *F) {
             return F->getType().isConstQualified();
           });
  });
}

/// Whether T is or holds (in a member or element) a union.
static bool hasUnion(QualType T) {
  return anyPart(T, [](QualType P) { return P->isUnionType(); });
}

std::string FunctionTransformer::assignText(const std::string &Dst, QualType T,
                                            const std::string &Value) const {
  if (!hasConstMember(T))
    return Dst + " = " + Value;
  return fmt::format("({{ {} = {}; __builtin_memcpy(&{}, &__mig_v, sizeof({})); }})",
                     *mig::spellType(SH.Ctx, T, "__mig_v"), Value, Dst, Dst);
}

/// `__attribute__((aligned(N)))` when the variable is more aligned than its
/// type (_Alignas, aligned attribute), else "".
static std::string alignmentSuffix(ASTContext &Ctx, const VarDecl *VD) {
  // Only an explicit request counts: the ABI's extra alignment of large
  // arrays (getDeclAlign) is the target compiler's own business.
  unsigned DeclAlign = VD->getMaxAlignment() / Ctx.getCharWidth();
  QualType T = VD->getType();
  unsigned TypeAlign = T->isIncompleteType() ? 1 : Ctx.getTypeAlignInChars(T).getQuantity();
  if (DeclAlign <= TypeAlign)
    return "";
  return fmt::format(" __attribute__((aligned({})))", DeclAlign);
}

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

static bool isSavableLocal(const VarDecl *VD) {
  return VD->isLocalVarDeclOrParm() && !VD->isStaticLocal() &&
         !VD->hasExternalStorage();
}

//===--- Which variables are saved ----------------------------------------===//

/// The bound expressions of the VLAs written in T (through arrays and
/// pointers): evaluated when a declaration of type T is reached.
static std::vector<const Expr *> vlaBounds(QualType T) {
  std::vector<const Expr *> Out;
  for (unsigned Guard = 0; Guard < 64 && T->isVariablyModifiedType(); ++Guard) {
    const Type *Ty = T.getTypePtr();
    if (const auto *P = dyn_cast<ParenType>(Ty))
      T = P->getInnerType();
    else if (const auto *V = dyn_cast<VariableArrayType>(Ty)) {
      if (V->getSizeExpr())
        Out.push_back(V->getSizeExpr());
      T = V->getElementType();
    } else if (const auto *A = dyn_cast<ArrayType>(Ty))
      T = A->getElementType();
    else if (const auto *PT = dyn_cast<PointerType>(Ty))
      T = PT->getPointeeType();
    else
      break;
  }
  return Out;
}

namespace {

/// Liveness-lite for va_list variables. A va_list cannot be migrated, so
/// saving one that is dead (after its va_end) would make the runtime refuse
/// every checkpoint for nothing. A va_list is needed at a site when it is
/// referenced at or after the site in source order, or anywhere inside a loop
/// around the site; a goto anywhere in the function makes every va_list
/// needed everywhere (control may go back). Other variables are saved by
/// scope.
class VaListUses {
public:
  VaListUses(const SourceHelper &SH, FunctionDecl *FD) : SH(SH) { scan(FD->getBody()); }

  bool needed(const VarDecl *VD, unsigned SitePos,
              llvm::ArrayRef<std::pair<unsigned, unsigned>> Loops) const {
    if (!mig::isVaListType(SH.Ctx, VD->getType()) || HasGoto)
      return true;
    auto It = Refs.find(VD);
    if (It == Refs.end())
      return false;
    for (unsigned R : It->second) {
      if (R >= SitePos)
        return true;
      for (auto [B, E] : Loops)
        if (B <= R && R < E)
          return true;
    }
    return false;
  }

private:
  void scan(const Stmt *S) {
    if (!S)
      return;
    if (isa<GotoStmt, IndirectGotoStmt>(S))
      HasGoto = true;
    if (auto *DRE = dyn_cast<DeclRefExpr>(S))
      if (auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && mig::isVaListType(SH.Ctx, VD->getType()))
        Refs[VD].push_back(SH.begin(DRE));
    for (const Stmt *C : S->children())
      scan(C);
  }

  const SourceHelper &SH;
  bool HasGoto = false;
  llvm::DenseMap<const VarDecl *, std::vector<unsigned>> Refs;
};

/// Walks a body in source order with the visible locals in scope; at each
/// site (M-call, polled loop head, entry poll) every visible local is saved
/// (a va_list only while VaListUses says it is needed).
class ScopeWalker {
public:
  ScopeWalker(const SourceHelper &SH, const MigratableAnalysis &MA,
              llvm::DenseSet<const VarDecl *> &Out, const VaListUses &VaLists)
      : SH(SH), MA(MA), Out(Out), VaLists(VaLists) {}

  void walkFunction(FunctionDecl *FD) {
    Scopes.emplace_back();
    for (ParmVarDecl *P : FD->parameters())
      Scopes.back().push_back(P);
    if (MA.hasEntryPoll(FD))
      site(FD->getBody());
    walk(FD->getBody());
    Scopes.pop_back();
  }

private:
  void site(const Stmt *At) {
    unsigned Pos = SH.begin(At);
    for (auto &Scope : Scopes)
      for (const VarDecl *V : Scope)
        if (VaLists.needed(V, Pos, Loops))
          Out.insert(V);
  }
  void enterLoop(const Stmt *L) { Loops.push_back({SH.begin(L), SH.stmtEnd(L)}); }
  void walk(Stmt *S) {
    if (!S)
      return;
    if (isUnevaluated(S))
      return;
    if (const Expr *Only = onlyEvaluatedOperand(S))
      return walk(const_cast<Expr *>(Only));
    if (auto *CS = dyn_cast<CompoundStmt>(S)) {
      Scopes.emplace_back();
      for (Stmt *C : CS->body())
        walk(C);
      Scopes.pop_back();
      return;
    }
    if (auto *DS = dyn_cast<DeclStmt>(S)) {
      for (Decl *D : DS->decls())
        if (auto *VD = dyn_cast<VarDecl>(D)) {
          for (const Expr *B : vlaBounds(VD->getType()))
            walk(const_cast<Expr *>(B));
          if (VD->hasInit())
            walk(VD->getInit());
          if (isSavableLocal(VD))
            Scopes.back().push_back(VD);
        }
      return;
    }
    if (auto *F = dyn_cast<ForStmt>(S)) {
      Scopes.emplace_back();
      walk(F->getInit());
      enterLoop(F);
      walk(F->getCond());
      if (MA.isPolledLoop(F))
        site(F->getBody());
      walk(F->getBody());
      walk(F->getInc());
      Loops.pop_back();
      Scopes.pop_back();
      return;
    }
    if (auto *W = dyn_cast<WhileStmt>(S)) {
      enterLoop(W);
      walk(W->getCond());
      if (MA.isPolledLoop(W))
        site(W->getBody());
      walk(W->getBody());
      Loops.pop_back();
      return;
    }
    if (auto *D = dyn_cast<DoStmt>(S)) {
      enterLoop(D);
      if (MA.isPolledLoop(D))
        site(D->getBody());
      walk(D->getBody());
      walk(D->getCond());
      Loops.pop_back();
      return;
    }
    if (auto *CE = dyn_cast<CallExpr>(S)) {
      for (Stmt *C : CE->children())
        walk(C);
      if (MA.isMCall(CE))
        site(CE);
      return;
    }
    for (Stmt *C : S->children())
      walk(C);
  }

  const SourceHelper &SH;
  const MigratableAnalysis &MA;
  llvm::DenseSet<const VarDecl *> &Out;
  const VaListUses &VaLists;
  std::vector<std::vector<const VarDecl *>> Scopes;
  std::vector<std::pair<unsigned, unsigned>> Loops; ///< source ranges around
};

/// All references to locals in a body, with the parent map to judge whether
/// their address escapes.
class RefCollector : public RecursiveASTVisitor<RefCollector> {
public:
  std::vector<DeclRefExpr *> Refs;
  std::vector<const VarDecl *> Locals;
  std::set<std::string> OtherNames; ///< names of non-local things referenced
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    Refs.push_back(DRE);
    auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !VD->isLocalVarDeclOrParm())
      OtherNames.insert(DRE->getDecl()->getNameAsString());
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    Locals.push_back(VD);
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    OtherNames.insert(TL.getTypedefNameDecl()->getNameAsString());
    return true;
  }
};
} // namespace

void FunctionTransformer::findSavedVariables() {
  llvm::DenseSet<const VarDecl *> Set;
  VaListUses VaLists(SH, St.FD);
  ScopeWalker(SH, MA, Set, VaLists).walkFunction(St.FD);
  // A declaration statement is hoisted as a whole: if one of its variables
  // is saved, all are.
  std::function<void(Stmt *)> Widen = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *DS = dyn_cast<DeclStmt>(S)) {
      bool Any = false;
      for (Decl *D : DS->decls())
        if (auto *VD = dyn_cast<VarDecl>(D))
          Any |= Set.count(VD) > 0;
      if (Any)
        for (Decl *D : DS->decls())
          if (auto *VD = dyn_cast<VarDecl>(D))
            if (isSavableLocal(VD))
              Set.insert(VD);
    }
    for (Stmt *C : S->children())
      Widen(C);
  };
  Widen(St.FD->getBody());

  // Deterministic order: parameters, then locals in source order.
  for (ParmVarDecl *P : St.FD->parameters())
    if (Set.count(P)) {
      SavedIndex[P] = Saved.size();
      Saved.push_back({P, P->getNameAsString(), false});
    }
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  for (const VarDecl *VD : RC.Locals)
    if (Set.count(VD) && !SavedIndex.count(VD)) {
      SavedIndex[VD] = Saved.size();
      Saved.push_back({VD, VD->getNameAsString(), false});
    }
}

/// An object (variable, compound literal) escapes when its address is taken
/// or an array it is (or is inside) decays to a pointer other than for
/// indexing.
bool FunctionTransformer::escapes(const Expr *Obj, ParentMap &PM) const {
  auto Parent = [&](const Stmt *S) -> const Stmt * {
    const Stmt *P = PM.getParent(S);
    while (P && isa<ParenExpr>(P))
      P = PM.getParent(P);
    return P;
  };
  auto Same = [](const Expr *A, const Stmt *B) { return A && A->IgnoreParens() == B; };
  const Stmt *E = Obj;
  for (;;) {
    const Stmt *P = Parent(E);
    if (!P)
      return false;
    if (auto *ME = dyn_cast<MemberExpr>(P); ME && !ME->isArrow() && Same(ME->getBase(), E)) {
      E = ME;
      continue;
    }
    if (auto *UO = dyn_cast<UnaryOperator>(P); UO && UO->getOpcode() == UO_AddrOf)
      return true;
    if (auto *IC = dyn_cast<ImplicitCastExpr>(P);
        IC && IC->getCastKind() == CK_ArrayToPointerDecay) {
      const Stmt *PP = Parent(IC);
      if (auto *AS = dyn_cast_or_null<ArraySubscriptExpr>(PP); AS && Same(AS->getBase(), IC)) {
        E = AS;
        continue;
      }
      if (auto *UO = dyn_cast_or_null<UnaryOperator>(PP); UO && UO->getOpcode() == UO_Deref) {
        E = UO;
        continue;
      }
      return true;
    }
    return false;
  }
}

void FunctionTransformer::findExposedVariables() {
  ParentMap PM(St.FD->getBody());
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  for (DeclRefExpr *DRE : RC.Refs) {
    auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !SavedIndex.count(VD))
      continue;
    SavedVar &V = Saved[SavedIndex[VD]];
    if (!V.Exposed)
      V.Exposed = escapes(DRE, PM);
  }
  // A va_list local is an array on x86-64 (passing it to vprintf decays it:
  // it escapes) and a struct or pointer elsewhere (passed by value): it goes
  // to the shadow frame on every target, so the builds of one program for
  // two targets have the same frames (and fingerprint).
  for (SavedVar &V : Saved)
    if (!V.Exposed && !isa<ParmVarDecl>(V.VD) && mig::isVaListType(St.FD->getASTContext(), V.VD->getType()))
      V.Exposed = true;
  // A compound literal whose address escapes lives until its block ends,
  // possibly across a poll point: it gets a shadow-frame slot too.
  std::function<void(Stmt *)> FindLiterals = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *CLE = dyn_cast<CompoundLiteralExpr>(S);
        CLE && !CLE->isFileScope() && escapes(CLE, PM) &&
        mig::spellAssignableType(SH.Ctx, CLE->getType(), "x"))
      ShadowLiterals.push_back(
          {CLE, "__mig_cl" + std::to_string(ShadowLiterals.size() + 1)});
    for (Stmt *C : S->children())
      FindLiterals(C);
  };
  FindLiterals(St.FD->getBody());
  St.HasShadow |= !ShadowLiterals.empty();
  for (const SavedVar &V : Saved)
    St.HasShadow |= V.Exposed;
}

void FunctionTransformer::chooseNames() {
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  std::map<std::string, unsigned> LocalCount;
  for (const VarDecl *VD : RC.Locals)
    ++LocalCount[VD->getNameAsString()];
  for (ParmVarDecl *P : St.FD->parameters())
    ++LocalCount[P->getNameAsString()];
  std::set<std::string> Taken;
  for (SavedVar &V : Saved) {
    if (isa<ParmVarDecl>(V.VD)) {
      Taken.insert(V.Name);
      continue;
    }
    bool Clash = LocalCount[V.Name] > 1 || RC.OtherNames.count(V.Name) ||
                 Taken.count(V.Name) || V.Name.rfind("__mig_", 0) == 0;
    if (Clash) {
      unsigned N = 1;
      std::string Candidate;
      do
        Candidate = fmt::format("{}__m{}", V.Name, N++);
      while (Taken.count(Candidate) || LocalCount.count(Candidate) ||
             RC.OtherNames.count(Candidate));
      V.Name = Candidate;
    }
    Taken.insert(V.Name);
  }
}

/// The struct/union/enum or typedef declared inside a function that makes T
/// unnameable at file scope, looking through pointers and arrays.
static const NamedDecl *localTypeDecl(QualType T) {
  for (unsigned Guard = 0; Guard < 64 && !T.isNull(); ++Guard) {
    if (auto *TT = T->getAs<TypedefType>(); TT && TT->getDecl()->getParentFunctionOrMethod())
      return TT->getDecl();
    if (const TagDecl *TD = T->getAsTagDecl())
      return TD->getParentFunctionOrMethod() ? TD : nullptr;
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    else if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
      T = AT->getElementType();
    else
      return nullptr;
  }
  return nullptr;
}

/// Some saved variable has a type declared inside the function.
bool FunctionTransformer::needsMovedTypes() const {
  for (const SavedVar &V : Saved)
    if (!mig::spellAssignableType(SH.Ctx, storageType(V), V.Name))
      return true;
  return false;
}

bool FunctionTransformer::checkTypes(const LocalTypeHoister &Hoister) {
  bool OK = true;
  for (const SavedVar &V : Saved) {
    // A saved variable is hoisted to the top of the function and resumed
    // into by a goto; its cleanup would then run at the wrong time, or never.
    if (V.VD->hasAttr<CleanupAttr>()) {
      SH.error(V.VD->getLocation(),
               fmt::format("'{}' has __attribute__((cleanup)) and is live at a poll "
                           "point or migratable call; mig-pp cannot resume inside its "
                           "scope (call the cleanup function explicitly instead)",
                           V.VD->getName().str()));
      OK = false;
      continue;
    }
    QualType T = storageType(V);
    if (!mig::spellAssignableType(SH.Ctx, T, V.Name)) {
      const NamedDecl *Local = localTypeDecl(T);
      std::string Why = Local ? Hoister.whyKept(Local) : "";
      if (!Why.empty())
        SH.error(V.VD->getLocation(),
                 fmt::format("'{}' is live at a poll point or migratable call and its "
                             "type '{}' is declared inside the function, where it must "
                             "stay: {}",
                             V.VD->getName().str(), Local->getName().str(), Why));
      else
        SH.error(V.VD->getLocation(),
                 fmt::format("the type of '{}' has no name that can be used at file "
                             "scope; mig-pp cannot save it at a poll point (give the "
                             "type a name or a typedef at file scope)",
                             V.VD->getName().str()));
      OK = false;
    }
  }
  if (!St.FD->getReturnType()->isVoidType() &&
      !mig::spellType(SH.Ctx, St.FD->getReturnType(), "x")) {
    SH.error(St.FD->getLocation(), "the return type of a migratable function "
                                   "must be nameable at file scope");
    OK = false;
  }
  return OK;
}

std::string FunctionTransformer::varRef(const SavedVar &V) const {
  if (!V.VmRef.empty())
    return V.VmRef;
  return V.Exposed ? "(__mig_sf->" + V.Name + ")" : V.Name;
}

void FunctionTransformer::renameReferences() {
  RefCollector RC;
  RC.TraverseStmt(St.FD->getBody());
  for (DeclRefExpr *DRE : RC.Refs) {
    auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !SavedIndex.count(VD))
      continue;
    const SavedVar &V = Saved[SavedIndex[VD]];
    if (!V.Exposed && V.VmRef.empty() && V.Name == VD->getName())
      continue;
    unsigned B = SH.offset(DRE->getLocation());
    SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), varRef(V));
  }
}

//===--- Statements ----------------------------------------------------------===//

bool FunctionTransformer::containsMCall(const Stmt *S) {
  if (!S)
    return false;
  auto It = MCallCache.find(S);
  if (It != MCallCache.end())
    return It->second;
  bool R = false;
  if (isUnevaluated(S)) {
    R = false;
  } else if (const Expr *Only = onlyEvaluatedOperand(S)) {
    R = containsMCall(Only);
  } else if (auto *CE = dyn_cast<CallExpr>(S); CE && MA.isMCall(CE)) {
    R = true;
  } else {
    for (const Stmt *C : S->children())
      if (containsMCall(C)) {
        R = true;
        break;
      }
  }
  MCallCache[S] = R;
  return R;
}

/// `sizeof` of a saved variable by name. A parameter written as an array
/// (`int v[]`) is a pointer, and `sizeof v` would make clang warn
/// (-Wsizeof-array-argument) where the user's source does not: its size is
/// taken from its type instead.
static std::string sizeOfVar(const VarDecl *VD, llvm::StringRef Name) {
  if (const auto *P = dyn_cast<ParmVarDecl>(VD); P && P->getOriginalType()->isArrayType())
    return fmt::format("sizeof(__typeof__({}))", Name.str());
  return fmt::format("sizeof({})", Name.str());
}

/// Pos just after a function body's '{': past the `#pragma` lines (and line
/// markers) that start the body. `#pragma STDC FP_CONTRACT` and `#pragma
/// clang fp` must stay at the start of their compound statement, so the
/// hoisted declarations and the rewind dispatch go after them.
static unsigned pastLeadingDirectives(llvm::StringRef Buf, unsigned Pos) {
  unsigned P = Pos;
  for (;;) {
    while (P < Buf.size() && (Buf[P] == ' ' || Buf[P] == '\t' || Buf[P] == '\n' ||
                              Buf[P] == '\r'))
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

std::string FunctionTransformer::pollText(SourceLocation L, const Stmt *Anchor) {
  return fmt::format("__MIG_POLL({}) ", St.newSite(SH, L, Anchor));
}

void FunctionTransformer::pollAtBodyStart(Stmt *Body, const Stmt *Anchor) {
  SH.Edits.open(SH.begin(Body), "{ " + pollText(Body->getBeginLoc(), Anchor));
  SH.Edits.close(SH.stmtEnd(Body), " }");
}

void FunctionTransformer::wrapWithPrelude(Stmt *S, const std::string &Pre) {
  if (Pre.empty())
    return;
  if (isa<DeclStmt>(S)) {
    SH.Edits.open(SH.begin(S), flatten(Pre));
    return;
  }
  SH.Edits.open(SH.begin(S), "{ " + flatten(Pre));
  SH.Edits.close(SH.stmtEnd(S), " }");
}

void FunctionTransformer::transformChildren(Stmt *S) {
  for (Stmt *C : S->children())
    if (C)
      transformStmt(C);
}

void FunctionTransformer::transformStmt(Stmt *S) {
  if (!S)
    return;
  if (auto *CS = dyn_cast<CompoundStmt>(S)) {
    for (Stmt *C : CS->body())
      transformStmt(C);
  } else if (auto *DS = dyn_cast<DeclStmt>(S)) {
    transformDeclStmt(DS, false);
  } else if (auto *RS = dyn_cast<ReturnStmt>(S)) {
    transformReturn(RS);
  } else if (auto *WS = dyn_cast<WhileStmt>(S)) {
    transformWhile(WS);
  } else if (auto *Do = dyn_cast<DoStmt>(S)) {
    transformDo(Do);
  } else if (auto *FS = dyn_cast<ForStmt>(S)) {
    transformFor(FS);
  } else if (auto *If = dyn_cast<IfStmt>(S)) {
    transformStmt(If->getThen());
    transformStmt(If->getElse());
    if (containsMCall(If->getCond()))
      wrapWithPrelude(If, linearize(If->getCond(), true));
  } else if (auto *Sw = dyn_cast<SwitchStmt>(S)) {
    transformStmt(Sw->getBody());
    if (containsMCall(Sw->getCond()))
      wrapWithPrelude(Sw, linearize(Sw->getCond(), true));
  } else if (auto *L = dyn_cast<LabelStmt>(S)) {
    transformStmt(L->getSubStmt());
  } else if (auto *C = dyn_cast<SwitchCase>(S)) {
    transformStmt(C->getSubStmt());
  } else if (auto *A = dyn_cast<AttributedStmt>(S)) {
    transformStmt(A->getSubStmt());
  } else if (auto *E = dyn_cast<Expr>(S)) {
    if (containsMCall(E))
      wrapWithPrelude(S, linearize(E, false));
  } else if (containsMCall(S)) {
    SH.error(S->getBeginLoc(), "mig-pp cannot resume inside this statement "
                               "(a call to a migratable function here is not "
                               "supported)");
    Failed = true;
  }
}

/// The initialization of a hoisted variable, as an expression.
std::string FunctionTransformer::savedInitText(const SavedVar &V, const Expr *Init) {
  std::string Ref = varRef(V);
  std::string R = SH.renderExpr(Init);
  QualType T = V.VD->getType();
  const Expr *Bare = Init->IgnoreParens();
  bool IsList = isa<InitListExpr>(Bare);
  if (IsList && hasUnion(T)) {
    // clang zeroes a declared union's bytes beyond the member an initializer
    // list sets (`union U u = {};`), but not a compound literal's: copy from
    // a declaration with the same initializer.
    return fmt::format("({{ {} = {}; __builtin_memcpy(&{}, &__mig_v, sizeof({})); }})",
                       *mig::spellType(SH.Ctx, T.getUnqualifiedType(), "__mig_v"), R, Ref, Ref);
  }
  if (T->isArrayType()) {
    std::string Ty = *mig::spellAssignableType(SH.Ctx, T);
    std::string Lit = IsList ? "(" + Ty + ")" + R : "(" + Ty + "){" + R + "}";
    return fmt::format("__builtin_memcpy(&{0}, &{1}, sizeof({0}))", Ref, Lit);
  }
  if (IsList) {
    std::string Ty = *mig::spellAssignableType(SH.Ctx, T);
    if (hasConstMember(T))
      return fmt::format("__builtin_memcpy(&{0}, &({1}){2}, sizeof({0}))", Ref, Ty, R);
    return fmt::format("{} = ({}){}", Ref, Ty, R);
  }
  return assignText(Ref, T, R);
}

void FunctionTransformer::transformDeclStmt(DeclStmt *DS, bool InForInit) {
  bool AnySaved = false;
  for (Decl *D : DS->decls())
    if (auto *VD = dyn_cast<VarDecl>(D))
      AnySaved |= SavedIndex.count(VD) > 0;
  if (!AnySaved) {
    std::string Pre;
    for (Decl *D : DS->decls())
      if (auto *VD = dyn_cast<VarDecl>(D)) {
        for (const Expr *B : vlaBounds(VD->getType()))
          Pre += linearize(const_cast<Expr *>(B), true);
        if (VD->hasInit() && containsMCall(VD->getInit()))
          Pre += linearize(VD->getInit(), true);
      }
    if (InForInit)
      PendingForInit = Pre;
    else
      wrapWithPrelude(DS, Pre);
    return;
  }
  std::string Pre, Assign;
  for (Decl *D : DS->decls()) {
    auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !SavedIndex.count(VD))
      continue;
    const SavedVar &V = Saved[SavedIndex[VD]];
    std::string Text;
    if (V.Vm != SavedVar::NotVm)
      Text = variablyModifiedDeclText(V, Pre);
    else if (VD->hasInit())
      Text = (Pre += linearize(VD->getInit(), true), savedInitText(V, VD->getInit()));
    if (Text.empty())
      continue;
    if (!Assign.empty())
      Assign += InForInit ? ", " : "; ";
    Assign += Text;
  }
  std::string Text;
  if (InForInit) {
    PendingForInit = Pre;
    Text = Assign + ";";
  } else {
    Text = Pre + (Assign.empty() ? ";" : Assign + ";");
  }
  replaceKeepingLines(SH.Edits, SH.begin(DS), SH.stmtEnd(DS), Text);
}

void FunctionTransformer::transformReturn(ReturnStmt *RS) {
  Expr *E = RS->getRetValue();
  std::string Pre = E && containsMCall(E) ? linearize(E, true) : "";
  if (!St.HasShadow) {
    wrapWithPrelude(RS, Pre);
    return;
  }
  std::string Text = "{ " + Pre;
  bool VoidFn = St.FD->getReturnType()->isVoidType();
  if (E && VoidFn)
    Text += "(void)(" + SH.renderExpr(E) + "); ";
  else if (E)
    Text += assignText("__mig_ret", St.FD->getReturnType(), SH.renderExpr(E)) + "; ";
  Text += "__mig_shadow_pop(__mig_sf); return";
  if (E && !VoidFn)
    Text += " __mig_ret";
  Text += "; }";
  replaceKeepingLines(SH.Edits, SH.begin(RS), SH.stmtEnd(RS), Text);
}

void FunctionTransformer::redirectContinues(Stmt *Body, const std::string &Label) {
  std::function<void(Stmt *)> Walk = [&](Stmt *S) {
    if (!S || isa<ForStmt, WhileStmt, DoStmt>(S))
      return;
    if (auto *C = dyn_cast<ContinueStmt>(S)) {
      unsigned B = SH.offset(C->getContinueLoc());
      SH.Edits.replace(B, B + strlen("continue"), "goto " + Label);
      return;
    }
    for (Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Body);
}

void FunctionTransformer::transformWhile(WhileStmt *WS) {
  transformStmt(WS->getBody());
  bool Polled = MA.isPolledLoop(WS);
  Stmt *Body = WS->getBody();
  if (containsMCall(WS->getCond())) {
    std::string Pre = linearize(WS->getCond(), true);
    std::string Head = "for (;;) { " + Pre + "if (!(" + SH.renderExpr(WS->getCond()) +
                       ")) break; " +
                       (Polled ? pollText(Body->getBeginLoc(), WS->getCond()) : "");
    replaceKeepingLines(SH.Edits, SH.begin(WS), SH.offset(WS->getRParenLoc()) + 1, Head);
    SH.Edits.close(SH.stmtEnd(Body), " }");
  } else if (Polled) {
    pollAtBodyStart(Body, WS->getCond());
  }
}

void FunctionTransformer::transformDo(DoStmt *DS) {
  transformStmt(DS->getBody());
  bool Polled = MA.isPolledLoop(DS);
  Stmt *Body = DS->getBody();
  if (containsMCall(DS->getCond())) {
    std::string Label = fmt::format("__mig_cont_{}", ++NextContinueLabel);
    redirectContinues(Body, Label);
    std::string Poll = Polled ? pollText(Body->getBeginLoc(), nullptr) : "";
    unsigned DoB = SH.begin(DS);
    replaceKeepingLines(SH.Edits, DoB, DoB + 2, "for (;;) { " + Poll);
    std::string Pre = linearize(DS->getCond(), true);
    std::string Tail = " " + Label + ": __attribute__((unused)); " + Pre + "if (!(" +
                       SH.renderExpr(DS->getCond()) + ")) break; }";
    replaceKeepingLines(SH.Edits, SH.offset(DS->getWhileLoc()), SH.stmtEnd(DS), Tail);
  } else if (Polled) {
    pollAtBodyStart(Body, nullptr);
  }
}

void FunctionTransformer::transformFor(ForStmt *FS) {
  transformStmt(FS->getBody());
  Stmt *Body = FS->getBody();
  bool Polled = MA.isPolledLoop(FS);
  std::string PreInit;
  if (auto *DS = dyn_cast_or_null<DeclStmt>(FS->getInit())) {
    PendingForInit.clear();
    transformDeclStmt(DS, true);
    PreInit = PendingForInit;
  } else if (auto *E = dyn_cast_or_null<Expr>(FS->getInit())) {
    if (containsMCall(E))
      PreInit = linearize(E, false);
  }
  bool CondM = containsMCall(FS->getCond()), IncM = containsMCall(FS->getInc());
  if (CondM || IncM) {
    std::string Label = fmt::format("__mig_cont_{}", ++NextContinueLabel);
    if (FS->getInc())
      redirectContinues(Body, Label);
    std::string Init = ";";
    if (Stmt *I = FS->getInit())
      Init = isa<DeclStmt>(I) ? SH.render(I) : SH.render(I) + ";";
    std::string Head = "for (" + Init + ";) { ";
    if (Expr *C = FS->getCond()) {
      Head += linearize(C, true);
      Head += "if (!(" + SH.renderExpr(C) + ")) break; ";
    }
    if (Polled)
      Head += pollText(Body->getBeginLoc(), FS->getCond());
    replaceKeepingLines(SH.Edits, SH.begin(FS), SH.offset(FS->getRParenLoc()) + 1, Head);
    std::string Tail = " ";
    if (Expr *N = FS->getInc()) {
      Tail += Label + ": __attribute__((unused)); " + linearize(N, false);
      Tail += "(void)(" + SH.renderExpr(N) + "); ";
    }
    SH.Edits.close(SH.stmtEnd(Body), flatten(Tail + "}"));
  } else if (Polled) {
    pollAtBodyStart(Body, FS->getCond());
  }
  if (!PreInit.empty()) {
    SH.Edits.open(SH.begin(FS), "{ " + flatten(PreInit));
    SH.Edits.close(SH.stmtEnd(FS), " }");
  }
}

/// alloca() memory must survive unwind and rewind like escaping locals: it
/// comes from the shadow stack, released with the function's shadow frame.
void FunctionTransformer::rewriteAlloca() {
  std::function<void(Stmt *)> Walk = [&](Stmt *S) {
    if (!S)
      return;
    if (auto *CE = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = CE->getDirectCallee())
        if (Callee->getIdentifier() &&
            (Callee->getName() == "alloca" || Callee->getName() == "__builtin_alloca"))
          if (auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts())) {
            unsigned B = SH.offset(DRE->getLocation());
            SH.Edits.replace(B, SH.tokenEnd(DRE->getLocation()), "__mig_shadow_alloca");
            St.HasShadow = true;
          }
    for (Stmt *C : S->children())
      Walk(C);
  };
  Walk(St.FD->getBody());
}

bool FunctionTransformer::rewriteSetjmps() {
  auto SJ = rewriteSetjmpSites(SH, St, [&](const Stmt *S) { return containsMCall(S); });
  if (!SJ)
    return false;
  SetjmpDecls = SJ->Decls;
  SetjmpDispatch = SJ->Dispatch;
  SetjmpLateLabels = SJ->LateLabels;
  return true;
}

//===--- Entry and exit --------------------------------------------------------===//

std::string FunctionTransformer::returnTypeText() const {
  return *mig::spellType(SH.Ctx, St.FD->getReturnType(), "");
}

std::string FunctionTransformer::preamble() {
  const std::string &F = St.CName;
  std::string P;
  P += "struct __mig_rf_" + F + " {" + Record.FrameStruct + "}; ";
  if (St.HasShadow)
    P += "struct __mig_sf_" + F + " {" + Record.ShadowStruct + "}; ";
  P += "int __mig_site = 0; ";
  if (St.HasShadow)
    P += fmt::format("struct __mig_sf_{0} *__mig_sf = (struct __mig_sf_{0} *)"
                     "__mig_shadow_push(&__mig_fn_{0}); ", F);
  bool VoidFn = St.FD->getReturnType()->isVoidType();
  if (!VoidFn) {
    P += "static " + *mig::spellType(SH.Ctx, St.FD->getReturnType(), "__mig_zero") + "; ";
    if (St.HasShadow)
      P += *mig::spellAssignableType(SH.Ctx, St.FD->getReturnType(), "__mig_ret") + "; ";
  }
  for (const SavedVar &V : Saved) {
    if (V.Exposed || isa<ParmVarDecl>(V.VD))
      continue;
    P += hoistedDecl(SH.Ctx, V.VD, storageType(V), V.Name);
    // Zeroed so that unwinding from a site before the variable's own
    // initialization saves a defined value: no garbage pointer for the
    // runtime to judge, and no "may be used uninitialized" from gcc. Scalars
    // cost nothing (the store folds into the first assignment); large
    // aggregates without pointers are left as they are.
    if (typeHasPointer(storageType(V)) || storageType(V)->isScalarType())
      P += " = {0}";
    P += "; ";
  }
  for (const FunctionState::Temp &T : St.Temps)
    P += *mig::spellAssignableType(SH.Ctx, T.Type, T.Name) + " = {0}; ";
  P += SetjmpDecls;

  P += fmt::format("if (__builtin_expect(__mig_state != 0, 0)) {{ struct __mig_rf_{0} "
                   "*__mig_rf = (struct __mig_rf_{0} *)__mig_rewind_frame(&__mig_fn_{0}, "
                   "&__mig_site); ",
                   F);
  auto Copy = [](const std::string &Dst, const std::string &Src) {
    return fmt::format("__builtin_memcpy((void *)&{0}, (const void *)&{1}, sizeof({0})); ",
                       Dst, Src);
  };
  for (const SavedVar &V : Saved)
    if (!V.Exposed)
      P += fmt::format("__builtin_memcpy((void *)&{0}, (const void *)&__mig_rf->{0}, {1}); ",
                       V.Name, sizeOfVar(V.VD, V.Name));
  for (const FunctionState::Temp &T : St.Temps)
    P += Copy(T.Name, "__mig_rf->" + T.Name);
  P += "(void)__mig_rf; " + SetjmpDispatch + "switch (__mig_site) { ";
  for (unsigned K = 1; K <= St.Sites.size(); ++K)
    P += fmt::format("case {0}: goto __mig_resume_{0}; ", K);
  P += "default: __builtin_trap(); } } ";
  for (const SavedVar &V : Saved) {
    if (!V.Exposed)
      continue;
    if (isa<ParmVarDecl>(V.VD))
      P += Copy(varRef(V), V.VD->getNameAsString());
    else if (typeHasPointer(storageType(V)))
      P += fmt::format("__builtin_memset(&{0}, 0, sizeof({0})); ", varRef(V));
  }
  return P;
}

std::string FunctionTransformer::tail() {
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
/// variables dead at them (SiteLiveness). Those are then constants on the
/// way to the store, so the target compiler no longer keeps them alive
/// across the site's call; a frame field of a dead variable holds 0. (One
/// block per distinct live set instead made the code larger: the push and
/// the stores repeated per set cost more than the spills they saved.)
std::string FunctionTransformer::unwindBlocks() const {
  const std::string &F = St.CName;
  bool VoidFn = St.FD->getReturnType()->isVoidType();
  // Candidates SiteLiveness may find dead: scalars and pointers of the
  // register frame (see SiteLiveness.h).
  auto IsCandidate = [&](const SavedVar &V) {
    QualType Storage = storageType(V);
    return !V.Exposed && V.Vm == SavedVar::NotVm && Storage->isScalarType() &&
           !Storage.isVolatileQualified() && !V.VD->getType().isVolatileQualified();
  };
  std::vector<const VarDecl *> Candidates;
  std::vector<const SavedVar *> CandidateVars;
  for (const SavedVar &V : Saved)
    if (IsCandidate(V)) {
      Candidates.push_back(V.VD);
      CandidateVars.push_back(&V);
    }
  SiteLiveness Live(SH.Ctx, St.FD, Candidates);
  // Entries by the set of candidates dead at their sites.
  std::vector<llvm::BitVector> DeadSets;
  std::vector<std::vector<unsigned>> SitesOf;
  for (unsigned K = 1; K <= St.Sites.size(); ++K) {
    llvm::BitVector Dead(Candidates.size());
    if (auto Need = Live.liveAt(St.SiteAnchors[K - 1]))
      Dead = Need->flip();
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
    for (unsigned I : DeadSets[G].set_bits())
      T += fmt::format("__builtin_memset(&{0}, 0, {1}); ", CandidateVars[I]->Name,
                       sizeOfVar(CandidateVars[I]->VD, CandidateVars[I]->Name));
    T += "goto __mig_unwind; ";
  }
  T += AllLive;
  // Reached by falling through from the sites' entries just above it, so no
  // goto may name it: `unused` keeps -Wunused-label quiet (a user's -Wall
  // -Werror build must see no warning its source does not have).
  T += fmt::format("__mig_unwind: __attribute__((unused)); {{ struct __mig_rf_{0} *__mig_rf = (struct __mig_rf_{0} *)"
                   "__mig_unwind_frame(&__mig_fn_{0}, __mig_site, {1}); ",
                   F, St.HasShadow ? "__mig_sf" : "0");
  for (const SavedVar &V : Saved)
    if (!V.Exposed)
      T += fmt::format("__builtin_memcpy(&__mig_rf->{0}, (const void *)&{0}, {1}); ",
                       V.Name, sizeOfVar(V.VD, V.Name));
  for (const FunctionState::Temp &Tp : St.Temps)
    T += fmt::format("__builtin_memcpy(&__mig_rf->{0}, &{0}, sizeof({0})); ", Tp.Name);
  T += VoidFn ? "return; } " : "return __mig_zero; } ";
  return T;
}

bool FunctionTransformer::run(FunctionDecl *FD, FunctionRecord &Out) {
  St.FD = FD;
  St.CName = FD->isMain() ? "__mig_main" : FD->getNameAsString();
  findSavedVariables();
  // The frame is saved and rebuilt through the parameters' addresses, which
  // `register` forbids (it means nothing else to clang): drop the keyword.
  // (Locals are declared again at the top of the body, without it.)
  for (ParmVarDecl *P : FD->parameters()) {
    if (P->getStorageClass() != SC_Register || P->getBeginLoc().isMacroID() ||
        P->getLocation().isMacroID())
      continue;
    unsigned B = SH.offset(P->getBeginLoc()), E = SH.offset(P->getLocation());
    llvm::StringRef Text = SH.Edits.original(B, E);
    for (size_t I = Text.find("register"); I != llvm::StringRef::npos;
         I = Text.find("register", I + 1)) {
      auto Ident = [](char C) { return isalnum(static_cast<unsigned char>(C)) || C == '_'; };
      if ((I == 0 || !Ident(Text[I - 1])) && (I + 8 >= Text.size() || !Ident(Text[I + 8]))) {
        SH.Edits.replace(B + I, B + I + 8, "        ");
        break;
      }
    }
  }
  findExposedVariables();
  chooseNames();
  if (!prepareVariablyModified())
    return false;
  LocalTypeHoister Hoister(SH, FD, St.CName);
  if (needsMovedTypes())
    Record.MovedTypes = Hoister.run();
  if (!checkTypes(Hoister))
    return false;
  renameReferences();

  rewriteAlloca();
  if (!rewriteSetjmps())
    return false;
  for (const ShadowLiteral &L : ShadowLiterals) {
    QualType T = L.CLE->getType();
    std::string Ptr = *mig::spellType(SH.Ctx, SH.Ctx.getPointerType(T), "");
    SH.replaceExpr(L.CLE, fmt::format("(*({0})__builtin_memcpy(&__mig_sf->{1}, &{2}, "
                                      "sizeof(__mig_sf->{1})))",
                                      Ptr, L.Name, SH.renderExpr(L.CLE)));
  }
  auto *Body = cast<CompoundStmt>(FD->getBody());
  std::string EntryPoll;
  if (MA.hasEntryPoll(FD))
    EntryPoll = pollText(Body->getBeginLoc(), nullptr);
  transformStmt(Body);
  if (Failed)
    return false;
  for (const auto &[Pos, Label] : SetjmpLateLabels)
    SH.Edits.open(Pos, Label);
  for (const FunctionState::Temp &T : St.Temps)
    if (!mig::spellAssignableType(SH.Ctx, T.Type, T.Name)) {
      SH.error(FD->getLocation(), "a temporary needed to resume this function "
                                  "has a type that cannot be named at file scope");
      return false;
    }

  // Frame structs: one field per saved variable / temporary.
  Record.CName = St.CName;
  Record.MigName = MigName;
  for (const SavedVar &V : Saved) {
    QualType ST = storageType(V);
    std::string Field = *mig::spellAssignableType(SH.Ctx, ST, V.Name) +
                        (V.Vm == SavedVar::NotVm ? alignmentSuffix(SH.Ctx, V.VD) : "") + "; ";
    if (V.Exposed) {
      Record.ShadowStruct += Field;
      Record.ShadowFields.push_back({V.Name, ST});
      Record.ShadowVarNames.push_back(V.VD->getNameAsString());
    } else {
      Record.FrameStruct += Field;
      Record.FrameFields.push_back({V.Name, ST});
      Record.FrameVarNames.push_back(V.VD->getNameAsString());
    }
  }
  for (const FunctionState::Temp &T : St.Temps) {
    Record.FrameStruct += *mig::spellAssignableType(SH.Ctx, T.Type, T.Name) + "; ";
    Record.FrameFields.push_back({T.Name, T.Type});
    Record.FrameVarNames.push_back("(temporary)");
  }
  for (const ShadowLiteral &L : ShadowLiterals) {
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

  unsigned LB = pastLeadingDirectives(SH.Edits.buffer(), SH.offset(Body->getLBracLoc()) + 1);
  SH.Edits.open(LB, preamble() + EntryPoll);
  SH.Edits.close(SH.offset(Body->getRBracLoc()), tail());
  Record.Sites = St.Sites;
  Out = std::move(Record);
  return true;
}

} // namespace migpp
