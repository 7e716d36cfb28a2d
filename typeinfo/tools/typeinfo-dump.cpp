//===- typeinfo-dump.cpp - test driver for TypeDescriptorEmitter ----------===//
//
// typeinfo-dump file.c -- <clang args>
//
// Parses a C file and, for every file-scope variable definition outside
// system headers, describes its type. Prints a C program made of
//   #include <mig/typeinfo.h>, the forward declarations, the original source,
//   the descriptor definitions and a main() that prints every global's
//   descriptor tree (with bitfield probe results).
// Link it with test/typeinfo/Inputs/scalars.c (stand-in scalar descriptors).
//
// --spell: instead, print "name: <spellType> | <spellAssignableType>" for
// every file-scope variable and every local variable (testing spellType).
//
//===----------------------------------------------------------------------===//
#include "mig/TypeDescriptorEmitter.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

using namespace clang;

static llvm::cl::OptionCategory Cat("typeinfo-dump options");
static llvm::cl::opt<std::string> MainName("main-name",
                                           llvm::cl::desc("name of the generated main function"),
                                           llvm::cl::init("main"), llvm::cl::cat(Cat));
static llvm::cl::opt<bool> Spell("spell", llvm::cl::desc("print type spellings only"),
                                 llvm::cl::cat(Cat));

namespace {

std::string cStr(llvm::StringRef S) {
  std::string O = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      O += '\\';
    if (C == '\n') {
      O += "\\n";
      continue;
    }
    O += C;
  }
  return O + "\"";
}

const char *DumpHelpers = R"C(
static const char *__mig_dump_kind(unsigned k) {
  static const char *const n[] = {"INVALID", "BOOL", "CHAR", "SCHAR", "UCHAR",
    "SHORT", "USHORT", "INT", "UINT", "LONG", "ULONG", "LLONG", "ULLONG",
    "INT128", "UINT128", "FLOAT", "DOUBLE", "LDOUBLE", "PTR", "FNPTR",
    "STRUCT", "UNION", "BYTES", "UNSAFE", "ENUM", "CFLOAT", "CDOUBLE",
    "CLDOUBLE", "MUTEX", "COND", "JMPBUF"};
  return k < sizeof n / sizeof n[0] ? n[k] : "?";
}
static void __mig_dump_type(const __mig_type *t, int ind) {
  static unsigned char buf[65536];
  unsigned i;
  __builtin_printf("%*s%s kind=%s size=%lu align=%lu flags=%s%s%s%s nfields=%u%s\n",
                   ind, "", t->name, __mig_dump_kind(t->kind), t->size, t->align,
                   (t->flags & MIG_TF_SIGNED) ? "S" : "-",
                   (t->flags & MIG_TF_SYSTEM) ? "Y" : "-",
                   (t->flags & MIG_TF_HAS_PTR) ? "P" : "-",
                   (t->flags & MIG_TF_PACKED) ? "K" : "-", t->nfields,
                   t->probe ? " probe" : "");
  for (i = 0; i < t->nfields; i++) {
    const __mig_field *f = &t->fields[i];
    __builtin_printf("%*s[%u] \"%s\" %s off=%lu count=%lu", ind + 2, "", i,
                     f->name, f->type->name, f->offset, f->count);
    if (f->bit_width) {
      unsigned long b, lo = ~0ul, hi = 0, n = 0;
      __builtin_printf(" width=%u index=%u", f->bit_width, f->bit_index);
      if (t->probe && t->size <= sizeof buf) {
        __builtin_memset(buf, 0, t->size);
        t->probe(f->bit_index, buf);
        for (b = 0; b < t->size * 8; b++)
          if (buf[b / 8] >> (b % 8) & 1) {
            if (lo == ~0ul) lo = b;
            hi = b;
            n++;
          }
        if (n)
          __builtin_printf(" bits=%lu..%lu(%lu)", lo, hi, n);
        else
          __builtin_printf(" bits=none");
      }
    }
    __builtin_printf("\n");
    if (f->type->kind == 20 || f->type->kind == 21)
      __mig_dump_type(f->type, ind + 4);
  }
}
)C";

class Consumer : public ASTConsumer {
public:
  void HandleTranslationUnit(ASTContext &Ctx) override {
    SourceManager &SM = Ctx.getSourceManager();
    if (Spell) {
      spell(Ctx);
      return;
    }
    mig::TypeDescriptorEmitter Em(Ctx);
    struct G {
      std::string Name;
      std::optional<mig::TypeDescriptorEmitter::Ref> R;
      std::string Err;
    };
    std::vector<G> Globals;
    std::set<const VarDecl *> Seen;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->isFileVarDecl() || SM.isInSystemHeader(VD->getLocation()))
        continue;
      if (VD->isThisDeclarationADefinition() == VarDecl::DeclarationOnly)
        continue;
      if (!Seen.insert(VD->getCanonicalDecl()).second)
        continue;
      G Gl;
      Gl.Name = VD->getName().str();
      Gl.R = Em.describe(VD->getType());
      if (!Gl.R)
        Gl.Err = Em.lastError();
      Globals.push_back(Gl);
    }
    // A frame struct per function (like mig-pp's register frames): one field
    // per parameter/local whose type can be spelled at file scope.
    // Like mig-pp: the forward declarations are taken before the frame
    // structs are described (definitions() declares the late ones again).
    std::string Forward = Em.forwardDeclarations();
    struct Frame {
      std::string Func, Desc;
      std::vector<std::string> Skipped;
    };
    std::vector<Frame> Frames;
    std::string FrameDefs;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      auto *FD = dyn_cast<FunctionDecl>(D);
      if (!FD || !FD->doesThisDeclarationHaveABody() || SM.isInSystemHeader(FD->getLocation()))
        continue;
      struct Collect : RecursiveASTVisitor<Collect> {
        std::vector<VarDecl *> Vars;
        bool VisitVarDecl(VarDecl *VD) {
          if (VD->isLocalVarDeclOrParm() && !VD->isStaticLocal() && VD->getIdentifier())
            Vars.push_back(VD);
          return true;
        }
      } C;
      C.TraverseDecl(FD);
      Frame F;
      F.Func = FD->getName().str();
      std::vector<mig::GeneratedField> Fields;
      std::string Body;
      for (VarDecl *VD : C.Vars) {
        std::string FName = VD->getName().str() + "_" + std::to_string(Fields.size());
        auto Sp = mig::spellAssignableType(Ctx, VD->getType(), FName);
        if (!Sp) {
          F.Skipped.push_back(VD->getName().str());
          continue;
        }
        Body += "  " + *Sp + ";\n";
        Fields.push_back({FName, VD->getType()});
      }
      if (Fields.empty())
        continue;
      std::string SName = "__mig_rf_" + F.Func;
      FrameDefs += "struct " + SName + " {\n" + Body + "};\n";
      auto R = Em.describeGeneratedStruct(SName, "frame " + F.Func, Fields);
      if (!R) {
        F.Skipped.push_back("<frame: " + Em.lastError() + ">");
        continue;
      }
      F.Desc = *R;
      Frames.push_back(F);
    }
    llvm::outs() << "#include <mig/typeinfo.h>\n" << Forward;
    llvm::outs() << SM.getBufferData(SM.getMainFileID());
    llvm::outs() << "\n/* ---- typeinfo-dump ---- */\n" << FrameDefs << Em.definitions();
    llvm::outs() << DumpHelpers;
    llvm::outs() << "int " << MainName << "(void) {\n  unsigned __mig_k;\n";
    llvm::outs() << "  __builtin_printf(\"ntypes=%u\\n\", " << Em.numDescriptors() << "u);\n";
    llvm::outs() << "  for (__mig_k = 0; __mig_k < sizeof "
                 << mig::TypeDescriptorEmitter::unitTypesArrayName() << " / sizeof "
                 << mig::TypeDescriptorEmitter::unitTypesArrayName() << "[0] && "
                 << mig::TypeDescriptorEmitter::unitTypesArrayName()
                 << "[__mig_k]; __mig_k++)\n"
                    "    __builtin_printf(\"unit type %s\\n\", "
                 << mig::TypeDescriptorEmitter::unitTypesArrayName() << "[__mig_k]->name);\n";
    for (const G &Gl : Globals) {
      if (!Gl.R) {
        llvm::outs() << "  __builtin_printf(\"global %s: error: %s\\n\", " << cStr(Gl.Name) << ", "
                     << cStr(Gl.Err) << ");\n";
        continue;
      }
      llvm::outs() << "  __builtin_printf(\"global %s: %s count=%lu\\n\", " << cStr(Gl.Name)
                   << ", (" << Gl.R->Type << ")->name, "
                   << "(unsigned long)(" << Gl.R->Count << "));\n";
      llvm::outs() << "  __mig_dump_type(" << Gl.R->Type << ", 2);\n";
    }
    for (const Frame &F : Frames) {
      std::string Sk;
      for (const std::string &N : F.Skipped)
        Sk += " " + N;
      llvm::outs() << "  __builtin_printf(\"frame %s: skipped:%s\\n\", " << cStr(F.Func) << ", "
                   << cStr(Sk) << ");\n";
      llvm::outs() << "  __mig_dump_type(" << F.Desc << ", 2);\n";
    }
    llvm::outs() << "  return 0;\n}\n";
  }

  void spell(ASTContext &Ctx) {
    struct V : RecursiveASTVisitor<V> {
      ASTContext &Ctx;
      V(ASTContext &C) : Ctx(C) {}
      bool VisitVarDecl(VarDecl *VD) {
        if (Ctx.getSourceManager().isInSystemHeader(VD->getLocation()) || !VD->getIdentifier())
          return true;
        auto S = mig::spellType(Ctx, VD->getType(), VD->getName());
        auto A = mig::spellAssignableType(Ctx, VD->getType(), VD->getName());
        llvm::outs() << VD->getName() << ": " << (S ? *S : "<none>") << " | " << (A ? *A : "<none>")
                     << "\n";
        return true;
      }
      bool VisitFieldDecl(FieldDecl *FD) {
        if (Ctx.getSourceManager().isInSystemHeader(FD->getLocation()) || !FD->getIdentifier())
          return true;
        auto S = mig::spellType(Ctx, FD->getType(), FD->getName());
        llvm::outs() << "field " << FD->getName() << ": " << (S ? *S : "<none>") << "\n";
        return true;
      }
    } Vis(Ctx);
    Vis.TraverseDecl(Ctx.getTranslationUnitDecl());
  }
};

class Action : public ASTFrontendAction {
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &, StringRef) override {
    return std::make_unique<Consumer>();
  }
};

} // namespace

int main(int argc, const char **argv) {
  auto OP = tooling::CommonOptionsParser::create(argc, argv, Cat, llvm::cl::OneOrMore);
  if (!OP) {
    llvm::errs() << llvm::toString(OP.takeError());
    return 1;
  }
  tooling::ClangTool Tool(OP->getCompilations(), OP->getSourcePathList());
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-resource-dir=" MIG_CLANG_RESOURCE_DIR, tooling::ArgumentInsertPosition::BEGIN));
  Tool.appendArgumentsAdjuster(
      tooling::getInsertArgumentAdjuster("-Wno-everything", tooling::ArgumentInsertPosition::END));
  return Tool.run(tooling::newFrontendActionFactory<Action>().get());
}
