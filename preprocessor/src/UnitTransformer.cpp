//===- UnitTransformer.cpp ------------------------------------------------===//
#include "UnitTransformer.h"
#include "NoreturnFunctions.h"
#include "PthreadCalls.h"
#include "LibcCalls.h"
#include "UnnamedTypes.h"
#include "UnsafeFactors.h"

#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

#include <map>
#include <set>

using namespace clang;

namespace migpp {

UnitTransformer::UnitTransformer(ASTContext &Ctx, const Options &Opts)
    : Ctx(Ctx), Opts(Opts),
      Edits(Ctx.getSourceManager().getBufferData(Ctx.getSourceManager().getMainFileID())),
      SH(Ctx, Edits), MA(Ctx, Opts), Types(Ctx) {}

std::string UnitTransformer::unitName() const {
  if (!Opts.UnitName.empty())
    return Opts.UnitName;
  const SourceManager &SM = Ctx.getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getLocForStartOfFile(SM.getMainFileID()));
  std::string Name = P.isValid() ? P.getFilename() : "unit";
  // The first line of a preprocessed unit names the source file.
  llvm::StringRef Buf = Edits.buffer();
  if (Buf.starts_with("# 1 \"")) {
    llvm::StringRef Rest = Buf.drop_front(5);
    Name = Rest.take_until([](char C) { return C == '"'; }).str();
  }
  return llvm::sys::path::filename(Name).str();
}

std::string UnitTransformer::migName(const FunctionDecl *FD) const {
  if (FD->isMain())
    return "main";
  if (!FD->isExternallyVisible())
    return unitName() + ":" + FD->getNameAsString();
  return FD->getNameAsString();
}

static std::string cString(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

unsigned UnitTransformer::definitionStart(const FunctionDecl *FD) const {
  llvm::StringRef B = Edits.buffer();
  unsigned Start = SH.offset(FD->getBeginLoc());
  for (;;) {
    unsigned I = Start;
    while (I > 0 && isspace(static_cast<unsigned char>(B[I - 1])))
      --I;
    if (I == 0 || B[I - 1] != ')')
      break;
    int Depth = 0;
    unsigned J = I;
    do {
      --J;
      if (B[J] == ')')
        ++Depth;
      else if (B[J] == '(')
        --Depth;
    } while (J > 0 && Depth > 0);
    unsigned K = J;
    while (K > 0 && isspace(static_cast<unsigned char>(B[K - 1])))
      --K;
    unsigned W = K;
    while (W > 0 && (isalnum(static_cast<unsigned char>(B[W - 1])) || B[W - 1] == '_'))
      --W;
    llvm::StringRef Word = B.slice(W, K);
    if (Word != "__attribute__" && Word != "__attribute" && Word != "__declspec")
      break;
    Start = W;
  }
  return Start;
}

//===--- String literals -----------------------------------------------------===//

namespace {
class LiteralFinder : public RecursiveASTVisitor<LiteralFinder> {
public:
  explicit LiteralFinder(const SourceManager &SM) : SM(SM) {}
  std::vector<const StringLiteral *> Found;
  bool VisitCallExpr(CallExpr *CE) {
    // A literal handed straight to a library function (printf's format) is
    // not stored by the program: keep it a literal (format checks, puts).
    if (const FunctionDecl *Callee = CE->getDirectCallee())
      if (SM.isInSystemHeader(Callee->getLocation()) || CE->getBuiltinCallee())
        for (Expr *A : CE->arguments())
          Skip.insert(A->IgnoreParenImpCasts());
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *IC) {
    if (IC->getCastKind() != CK_ArrayToPointerDecay)
      return true;
    if (auto *SL = dyn_cast<StringLiteral>(IC->getSubExpr()->IgnoreParens()))
      if (!Skip.count(SL))
        Found.push_back(SL);
    return true;
  }
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) { return true; }
  // __builtin_constant_p("hi") and the like: not stored, and a literal there
  // must stay one (an array would not be a constant).
  bool TraverseCallExpr(CallExpr *CE) {
    if (isUnevaluated(CE))
      return true;
    return RecursiveASTVisitor::TraverseCallExpr(CE);
  }

private:
  const SourceManager &SM;
  std::set<const Expr *> Skip;
};
} // namespace

void UnitTransformer::replaceStringLiterals() {
  LiteralFinder LF(Ctx.getSourceManager());
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (!MA.isUserDecl(D))
      continue;
    if (auto *FD = dyn_cast<FunctionDecl>(D); FD && FD->hasBody())
      LF.TraverseStmt(FD->getBody());
    else if (auto *VD = dyn_cast<VarDecl>(D); VD && VD->hasInit())
      LF.TraverseStmt(VD->getInit());
  }
  std::set<unsigned> Done;
  for (const StringLiteral *SL : LF.Found) {
    unsigned B = SH.begin(SL), E = SH.tokenEnd(SL->getEndLoc());
    if (!Done.insert(B).second)
      continue;
    std::string Elem = "char";
    switch (SL->getKind()) {
    case StringLiteralKind::Wide:
      Elem = "__WCHAR_TYPE__";
      break;
    case StringLiteralKind::UTF16:
      Elem = "__CHAR16_TYPE__";
      break;
    case StringLiteralKind::UTF32:
      Elem = "__CHAR32_TYPE__";
      break;
    default:
      break;
    }
    std::string Name = fmt::format("__mig_str_{}", Literals.size() + 1);
    std::string Text = Edits.original(B, E).str();
    Literals.push_back({Name, Elem, flatten(Text)});
    std::string Repl = Name;
    Repl.append(countNewlines(Text), '\n');
    Edits.replace(B, E, Repl);
  }
}

//===--- Allocation calls ------------------------------------------------------===//

namespace {
struct AllocFn {
  const char *Name;
  const char *Typed;   ///< runtime call with an element type, or null
  const char *Untyped; ///< same signature as libc's
  int SizeArg;         ///< argument holding the size (-1: none)
};
const AllocFn AllocFns[] = {
    {"malloc", "__mig_malloc", "__mig_malloc_untyped", 0},
    {"calloc", "__mig_calloc", "__mig_calloc_untyped", 1},
    {"realloc", "__mig_realloc", "__mig_realloc_untyped", 1},
    {"aligned_alloc", "__mig_aligned_alloc", nullptr, 1},
    {"memalign", "__mig_aligned_alloc", nullptr, 1},
    {"valloc", "__mig_valloc", nullptr, 0},
    {"pvalloc", "__mig_pvalloc", nullptr, 0},
    {"reallocarray", "__mig_reallocarray", nullptr, 2},
    {"asprintf", nullptr, "__mig_asprintf", -1},
    {"vasprintf", nullptr, "__mig_vasprintf", -1},
    {"posix_memalign", "__mig_posix_memalign", nullptr, 2},
    {"strdup", nullptr, "__mig_strdup", -1},
    {"strndup", nullptr, "__mig_strndup", -1},
    {"free", nullptr, "__mig_free", -1},
    {"getline", nullptr, "__mig_getline", -1},
    {"getdelim", nullptr, "__mig_getdelim", -1},
    // Not allocations, replaced the same way: handlers run through the
    // runtime's trampoline (user_signals.c), never as safe points.
    {"signal", nullptr, "__mig_signal", -1},
    {"bsd_signal", nullptr, "__mig_signal", -1},
    {"sigaction", nullptr, "__mig_sigaction", -1},
};

const AllocFn *allocFn(const FunctionDecl *FD, const SourceManager &SM) {
  if (!FD || !FD->getIdentifier())
    return nullptr;
  if (!SM.isInSystemHeader(FD->getLocation()) && !FD->getBuiltinID())
    return nullptr;
  // __builtin_malloc and the like are the library's functions too.
  llvm::StringRef Name = FD->getName();
  if (FD->getBuiltinID())
    Name.consume_front("__builtin_");
  for (const AllocFn &A : AllocFns)
    if (Name == A.Name)
      return &A;
  return nullptr;
}

/// The type T of the first `sizeof(T)` / `sizeof expr` in a size expression.
QualType sizeofType(const Expr *E) {
  if (!E)
    return QualType();
  E = E->IgnoreParenImpCasts();
  if (auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(E))
    if (U->getKind() == UETT_SizeOf)
      return U->getTypeOfArgument();
  for (const Stmt *C : E->children())
    if (auto *CE = dyn_cast_or_null<Expr>(C)) {
      QualType T = sizeofType(CE);
      if (!T.isNull())
        return T;
    }
  return QualType();
}

class AllocFinder : public RecursiveASTVisitor<AllocFinder> {
public:
  std::vector<CallExpr *> Calls;
  std::vector<DeclRefExpr *> Refs;
  std::set<const DeclRefExpr *> Callees;
  bool VisitCallExpr(CallExpr *CE) {
    Calls.push_back(CE);
    if (auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
      Callees.insert(DRE);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    Refs.push_back(DRE);
    return true;
  }
};
} // namespace

void UnitTransformer::rewriteAllocations() {
  const SourceManager &SM = Ctx.getSourceManager();
  for (FunctionDecl *FD : MA.userFunctions()) {
    AllocFinder AF;
    AF.TraverseStmt(FD->getBody());
    ParentMap PM(FD->getBody());
    for (CallExpr *CE : AF.Calls) {
      auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts());
      const AllocFn *A = DRE ? allocFn(CE->getDirectCallee(), SM) : nullptr;
      if (!A)
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      if (!A->Typed) {
        Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Untyped);
        continue;
      }
      // Element type: sizeof(T) in the size, else the pointer it becomes.
      QualType Elem;
      if (A->SizeArg >= 0 && (unsigned)A->SizeArg < CE->getNumArgs())
        Elem = sizeofType(CE->getArg(A->SizeArg));
      if (Elem.isNull() && llvm::StringRef(A->Name) == "calloc" && CE->getNumArgs() > 0)
        Elem = sizeofType(CE->getArg(0)); // calloc(sizeof(T), n)
      {
        const Stmt *P = PM.getParentIgnoreParenImpCasts(CE);
        QualType Dest;
        if (auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(P))
          Dest = Cast->getType();
        else if (auto *BO = dyn_cast_or_null<BinaryOperator>(P);
                 BO && BO->isAssignmentOp())
          Dest = BO->getLHS()->getType();
        else if (auto *DS = dyn_cast_or_null<DeclStmt>(P)) {
          for (Decl *D : DS->decls())
            if (auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit() &&
                                                  VD->getInit()->IgnoreParenImpCasts() == CE)
              Dest = VD->getType();
        }
        // The sizeof operand names the type, unless the destination is a
        // pointer to pointers and the operand is not a pointer:
        // `(double **)malloc(sizeof(double) * n)` holds pointers, which must
        // be re-based on restore.
        if (!Dest.isNull() && Dest->isPointerType()) {
          QualType DP = Dest->getPointeeType();
          if (Elem.isNull() || (DP->isPointerType() && !Elem->isPointerType()))
            Elem = DP;
        }
      }
      std::string Desc = "0";
      if (!Elem.isNull() && !Elem->isVoidType() && !Elem->isIncompleteType() &&
          !Elem->isCharType()) {
        if (auto R = Types.describe(Elem.getUnqualifiedType()))
          Desc = R->Type;
      }
      Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Typed);
      unsigned RP = SH.offset(CE->getRParenLoc());
      Edits.replace(RP, RP + 1, ", " + Desc + ")");
    }
    for (DeclRefExpr *DRE : AF.Refs) {
      if (AF.Callees.count(DRE))
        continue;
      const AllocFn *A = allocFn(dyn_cast<FunctionDecl>(DRE->getDecl()), SM);
      if (!A || !A->Untyped)
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Untyped);
    }
  }
  // File-scope initializers (`static void *(*grow)(void *, size_t) = realloc;`):
  // a libc realloc or free reached through them would be handed the
  // runtime's blocks, which only the runtime's wrappers may take.
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !VD->getInit() || !MA.isUserDecl(VD))
      continue;
    AllocFinder AF;
    AF.TraverseStmt(VD->getInit());
    for (DeclRefExpr *DRE : AF.Refs) {
      const AllocFn *A = allocFn(dyn_cast<FunctionDecl>(DRE->getDecl()), SM);
      if (!A || !A->Untyped)
        continue;
      unsigned B = SH.offset(DRE->getLocation());
      Edits.replace(B, SH.tokenEnd(DRE->getLocation()), A->Untyped);
    }
  }
}

//===--- Library calls that call back ----------------------------------------===//

void UnitTransformer::bracketCallbackCalls() {
  for (FunctionDecl *FD : MA.userFunctions()) {
    AllocFinder AF;
    AF.TraverseStmt(FD->getBody());
    for (CallExpr *CE : AF.Calls) {
      // Calls replaced by runtime wrappers do not call back (signal()'s
      // handler runs later, through the runtime's trampoline).
      if (!MA.needsUnsafeBracket(CE) ||
          allocFn(CE->getDirectCallee(), Ctx.getSourceManager()))
        continue;
      unsigned B = SH.begin(CE), E = SH.exprEnd(CE);
      QualType T = CE->getType();
      if (T->isVoidType()) {
        Edits.open(B, "(__mig_unsafe_enter(), ");
        Edits.close(E, ", __mig_unsafe_leave())");
        continue;
      }
      auto Ty = mig::spellType(Ctx, T.getUnqualifiedType(), "");
      if (Ty && (T->isPointerType() || T->isIntegerType())) {
        bool Ptr = T->isPointerType();
        Edits.open(B, fmt::format("(({}){}((__mig_unsafe_enter(), ({})(", *Ty,
                                  Ptr ? "__mig_unsafe_leave_p" : "__mig_unsafe_leave_i",
                                  Ptr ? "void *" : "long long"));
        Edits.close(E, "))))");
      } else if (auto Var = mig::spellType(Ctx, T.getUnqualifiedType(), "__mig_cb_r")) {
        // Any other value (double, a struct): a statement expression.
        Edits.open(B, "({ __mig_unsafe_enter(); " + *Var + " = (");
        Edits.close(E, "); __mig_unsafe_leave(); __mig_cb_r; })");
      } else {
        SH.error(CE->getBeginLoc(),
                 "this call may call back into migratable code and its result type "
                 "has no name usable here; mig-pp cannot mark it as unsafe for "
                 "checkpoints (give the type a name)");
      }
    }
  }
}

//===--- Static locals and main -------------------------------------------------===//

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
static bool staysInFunction(const VarDecl *VD) {
  return VD->hasInit() && takesLabelAddress(VD->getInit());
}

/// Replaces __func__, __FUNCTION__ and __PRETTY_FUNCTION__ in S by the
/// string they stand for, as a registered literal (replaceStringLiterals: a
/// pointer to it migrates): they must keep naming the function where mig-pp
/// renames it (main) or moves code out of it (static locals' initializers,
/// to file scope, where they are not allowed). One literal per string.
void UnitTransformer::spellFunctionNames(const Stmt *S) {
  if (!S)
    return;
  if (auto *PE = dyn_cast<PredefinedExpr>(S)) {
    const StringLiteral *SL = PE->getFunctionName();
    if (SL && SL->isOrdinary()) {
      std::string Text = cString(SL->getString());
      auto [It, New] = FunctionNameLiterals.insert({Text, ""});
      if (New) {
        It->second = fmt::format("__mig_str_{}", Literals.size() + 1);
        Literals.push_back({It->second, "char", Text});
      }
      unsigned O = SH.offset(PE->getLocation());
      Edits.replace(O, SH.tokenEnd(PE->getLocation()), It->second);
    }
    return;
  }
  for (const Stmt *C : S->children())
    spellFunctionNames(C);
}

/// __builtin_setjmp keeps this build's stack and code addresses in a plain
/// `void *[5]` buffer: the runtime cannot tell it is a jump buffer (a
/// jmp_buf is re-armed by its setjmp site, SetjmpSites.h), so a checkpoint taken while one is set
/// would save and restore garbage and a later __builtin_longjmp would jump
/// into it. (GCC documents the pair as for its own internal use.)
void UnitTransformer::rejectBuiltinSetjmp() {
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S)
      return;
    if (auto *CE = dyn_cast<CallExpr>(S))
      if (CE->getBuiltinCallee() == Builtin::BI__builtin_setjmp)
        SH.error(CE->getBeginLoc(),
                 "__builtin_setjmp is not supported by migcc: its buffer holds code and "
                 "stack addresses the runtime cannot recognize or translate in a "
                 "checkpoint (use setjmp with a jmp_buf, which migrates)");
    for (const Stmt *C : S->children())
      Walk(C);
  };
  for (FunctionDecl *FD : MA.userFunctions())
    Walk(FD->getBody());
}

void UnitTransformer::moveStaticLocals() {
  for (FunctionDecl *FD : MA.userFunctions()) {
    AllocFinder AF;
    AF.TraverseStmt(FD->getBody());
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
    unsigned Start = definitionStart(FD);
    std::string Moved; // in source order: a later static may use an earlier one
    for (DeclStmt *DS : Stmts) {
      unsigned B = SH.begin(DS), E = SH.stmtEnd(DS);
      Moved += flatten(Edits.render(B, E)) + " ";
      std::string Repl = ";";
      Repl.append(countNewlines(Edits.original(B, E)), '\n');
      Edits.replace(B, E, Repl);
      for (Decl *D : DS->decls())
        if (auto *VD = dyn_cast<VarDecl>(D)) {
          auto R = Types.describe(VD->getType());
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
          Globals.push_back({unitName() + ":" + FName + "." + NewName[VD].substr(9 + FName.size()),
                             NewName[VD], R->Type, R->Count, Flags});
        }
    }
    if (!Moved.empty())
      Edits.open(Start, Moved);
  }
}

void UnitTransformer::renameMain() {
  for (FunctionDecl *FD : MA.userFunctions())
    if (FD->isMain())
      Main = FD;
  if (!Main)
    return;
  unsigned B = SH.offset(Main->getLocation());
  Edits.replace(B, SH.tokenEnd(Main->getLocation()), "__mig_main");
  for (FunctionDecl *FD : MA.userFunctions()) {
    AllocFinder AF;
    AF.TraverseStmt(FD->getBody());
    for (DeclRefExpr *DRE : AF.Refs)
      if (auto *F = dyn_cast<FunctionDecl>(DRE->getDecl()); F && F->isMain()) {
        unsigned O = SH.offset(DRE->getLocation());
        Edits.replace(O, SH.tokenEnd(DRE->getLocation()), "__mig_main");
      }
  }
  // C99 5.1.2.2.3: reaching main's closing brace returns 0; __mig_main
  // is an ordinary function. (Transformed functions get their own tail.)
  if (!MA.isTransformed(Main) && !Main->getReturnType()->isVoidType())
    Edits.close(SH.offset(cast<CompoundStmt>(Main->getBody())->getRBracLoc()),
                " return 0; ");
}

//===--- Registration ---------------------------------------------------------===//

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
std::set<const FunctionDecl *> UnitTransformer::neededFunctions() const {
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
    if ((FD->isExternallyVisible() && !InlineOnly) || FD->isMain() ||
        FD->hasAttr<UsedAttr>() || FD->hasAttr<ConstructorAttr>() ||
        FD->hasAttr<DestructorAttr>() || FD->hasAttr<AliasAttr>() ||
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

void UnitTransformer::registerGlobals() {
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
    auto R = Types.describe(T);
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
    std::string MigName = VD->isExternallyVisible() ? Name : unitName() + ":" + Name;
    Globals.push_back({MigName, Name, R->Type, R->Count, Flags});
  }
}

std::string UnitTransformer::prologue() const {
  std::string P = "#include <mig/abi.h>\n";
  P += Types.forwardDeclarations();
  for (const FunctionRecord &F : Functions)
    P += "static const __mig_func __mig_fn_" + F.CName + ";\n";
  for (const Literal &L : Literals)
    P += "static " + L.ElementType + " " + L.CName + "[] = " + L.Text + ";\n";
  if (!Edits.buffer().starts_with("#"))
    P += "#line 1 " + cString(unitName()) + "\n";
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

std::string UnitTransformer::epilogue() {
  std::string E = "\n# 1 \"<mig-pp generated>\"\n";
  // Frame structs at file scope for the descriptors (the function bodies
  // declare identical local copies).
  for (FunctionRecord &F : Functions) {
    E += "struct __mig_rf_" + F.CName + " {" + F.FrameStruct + "};\n";
    auto Desc = Types.describeGeneratedStruct("__mig_rf_" + F.CName,
                                              "frame " + F.MigName, F.FrameFields);
    F.FrameStruct = Desc.value_or("0"); // reuse: now the descriptor expression
    if (!F.ShadowFields.empty()) {
      E += "struct __mig_sf_" + F.CName + " {" + F.ShadowStruct + "};\n";
      F.ShadowStruct = Types.describeGeneratedStruct("__mig_sf_" + F.CName,
                                                     "shadow " + F.MigName, F.ShadowFields)
                           .value_or("0");
    } else {
      F.ShadowStruct = "0";
    }
  }
  E += Types.definitions();
  auto Strings = [](const std::vector<std::string> &V) {
    std::string S;
    for (const std::string &X : V)
      S += cString(X) + ", ";
    return S.empty() ? std::string("0") : S;
  };
  for (const FunctionRecord &F : Functions) {
    E += fmt::format("static const char *const __mig_sites_{}[] = {{{}}};\n", F.CName,
                     Strings(F.Sites));
    E += fmt::format("static const char *const __mig_rfvars_{}[] = {{{}}};\n", F.CName,
                     Strings(F.FrameVarNames));
    E += fmt::format("static const char *const __mig_sfvars_{}[] = {{{}}};\n", F.CName,
                     Strings(F.ShadowVarNames));
    E += fmt::format("static const __mig_func __mig_fn_{0} = {{{1}, {2}, {3}, {4}, "
                     "__mig_sites_{0}, __mig_rfvars_{0}, __mig_sfvars_{0}}};\n",
                     F.CName, cString(F.MigName), F.FrameStruct, F.ShadowStruct,
                     F.Sites.size());
  }
  // A _Thread_local's address is not a constant: filled in by the
  // constructor, on the thread that runs it (the main thread).
  std::string ThreadAddrs;
  for (size_t I = 0; I < Globals.size(); ++I)
    if (Globals[I].Flags & 2u)
      ThreadAddrs += fmt::format("__mig_globals[{}].addr = (void *)&{}; ", I, Globals[I].CName);
  E += table(ThreadAddrs.empty() ? "static const __mig_global __mig_globals[]"
                                 : "static __mig_global __mig_globals[]",
             Globals,
             [](const Global &G) {
               return fmt::format("{{{}, {}, {}, {}, {}}}", cString(G.MigName),
                                  (G.Flags & 2u) ? "0" : "(void *)&" + G.CName, G.Type,
                                  G.Count, G.Flags);
             },
             "{0, 0, 0, 0, 0}");
  // Every function whose address the unit takes, defined here or not: a
  // function pointer is translated by name, and only such functions can be
  // pointed to (another unit taking the address of one defined here registers
  // it itself). Functions whose address is never taken stay out of the
  // table: a reference there would keep clang from deleting a static
  // function it inlined everywhere, which doubled the code of small helpers.
  std::vector<std::pair<std::string, std::string>> Fns;
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
      if (FnNames.insert(migName(FD)).second)
        Fns.push_back({migName(FD), "__mig_main"});
      continue;
    }
    // `= realloc` was rewritten to the runtime's wrapper: register that
    // address under the libc name, so the pointer translates to the
    // receiver's wrapper.
    const AllocFn *A = allocFn(FD, Ctx.getSourceManager());
    if (FnNames.insert(migName(FD)).second)
      Fns.push_back({migName(FD), A && A->Untyped ? A->Untyped : FD->getNameAsString()});
  }
  E += table("static const __mig_function_ref __mig_functions[]", Fns,
             [](const std::pair<std::string, std::string> &F) {
               return fmt::format("{{{}, (void (*)(void))&{}}}", cString(F.first), F.second);
             },
             "{0, 0}");
  E += table("static const __mig_func *const __mig_migratable[]", Functions,
             [](const FunctionRecord &F) { return "&__mig_fn_" + F.CName; }, "0");
  std::string Unit = unitName();
  unsigned N = 0;
  E += table("static const __mig_literal __mig_literals[]", Literals,
             [&](const Literal &L) {
               return fmt::format("{{{}, {}, sizeof({})}}", cString(Unit + "#" + std::to_string(++N)),
                                  L.CName, L.CName);
             },
             "{0, 0, 0}");
  // Every thread's own instance of a _Thread_local, for the runtime to
  // save and restore each thread's.
  std::string TlsCases;
  for (size_t I = 0; I < Globals.size(); ++I)
    if (Globals[I].Flags & 2u)
      TlsCases += fmt::format("case {}: return (void *)&{}; ", I, Globals[I].CName);
  if (!TlsCases.empty())
    E += "static void *__mig_tls_addr(unsigned i) { switch (i) { " + TlsCases +
         "} return 0; }\n";
  E += fmt::format(
      "static const __mig_unit __mig_this_unit = {{MIG_ABI_VERSION, {}, __mig_globals, {}, "
      "__mig_functions, {}, __mig_migratable, {}, __mig_literals, {}, {}, {}, {}}};\n",
      cString(Unit), Globals.size(), Fns.size(), Functions.size(), Literals.size(),
      mig::TypeDescriptorEmitter::unitTypesArrayName().str(), Types.numDescriptors(),
      TlsCases.empty() ? "0" : "__mig_tls_addr");
  E += "__attribute__((constructor)) static void __mig_register_this_unit(void) { " +
       ThreadAddrs + "__mig_register_unit(&__mig_this_unit); }\n";
  if (Main) {
    std::string Args;
    unsigned NP = Main->getNumParams();
    const char *Names[] = {"argc", "argv", "envp"};
    for (unsigned I = 0; I < NP && I < 3; ++I)
      Args += std::string(I ? ", " : "") + Names[I];
    E += "int __mig_user_main(int argc, char **argv, char **envp) { (void)argc; "
         "(void)argv; (void)envp; ";
    if (Main->getReturnType()->isVoidType())
      E += "__mig_main(" + Args + "); return 0; }\n";
    else
      E += "return __mig_main(" + Args + "); }\n";
  }
  return E;
}

bool UnitTransformer::run(std::string &Output) {
  MA.run();
  if (Opts.WarnUnsafe)
    reportUnsafeFactors(Ctx, MA);
  replaceStringLiterals();
  for (FunctionDecl *FD : MA.userFunctions())
    spellFunctionNames(FD->getBody());
  rewriteAllocations();
  rewritePthreadCalls(MA, SH);
  rewriteLibcCalls(MA, SH);
  bracketCallbackCalls();
  // Renaming main first: with an implicit int (`main() { static int x; ...`)
  // the definition starts at the name, where moveStaticLocals inserts the
  // moved statics, and a later replacement of the name would hide them.
  renameMain();
  rejectBuiltinSetjmp();
  nameUnnamedTypes(MA, SH, [](const VarDecl *VD) {
    return VD->isStaticLocal() && !staysInFunction(VD);
  });
  moveStaticLocals();
  dropNoreturnAttributes(MA, SH);
  registerGlobals();
  bool OK = !Ctx.getDiagnostics().hasErrorOccurred();
  for (FunctionDecl *FD : MA.userFunctions()) {
    if (!MA.isTransformed(FD))
      continue;
    FunctionRecord R;
    FunctionTransformer FT(SH, MA, Types, migName(FD));
    if (FT.run(FD, R)) {
      if (!R.MovedTypes.empty())
        Edits.open(definitionStart(FD), R.MovedTypes);
      Functions.push_back(std::move(R));
    }
    else
      OK = false;
  }
  if (!OK || Ctx.getDiagnostics().hasErrorOccurred())
    return false;
  std::string Epi = epilogue();
  Edits.open(0, prologue());
  Edits.close(Edits.buffer().size(), Epi);
  Output = Edits.renderAll();
  return true;
}

} // namespace migpp
