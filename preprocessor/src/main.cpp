//===- main.cpp - mig-pp command line -------------------------------------===//
//
//   mig-pp INPUT -o OUTPUT [--poll=explicit|loops|recursive] [--whole-program]
//          [-Wmig-unsafe] [--unit-name=NAME] [-- CLANG-ARGS...]
//
// INPUT is a preprocessed C unit (clang -E output, line markers kept); the
// transformed unit is written to OUTPUT only when there was no error.
// Diagnostics point at the user's own files and lines.
//
//===----------------------------------------------------------------------===//
#include "Options.h"
#include "UnitTransformer.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <fmt/format.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace clang;

namespace {

struct Invocation {
  migpp::Options Opts;
  std::string Input, Output;
  std::vector<std::string> ClangArgs;
};

class MigConsumer : public ASTConsumer {
public:
  MigConsumer(const Invocation &Inv, bool &Ok) : Inv(Inv), Ok(Ok) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred()) {
      Ok = false;
      return;
    }
    migpp::UnitTransformer UT(Ctx, Inv.Opts);
    std::string Out;
    if (!UT.run(Out)) {
      Ok = false;
      return;
    }
    std::error_code EC;
    llvm::raw_fd_ostream OS(Inv.Output, EC, llvm::sys::fs::OF_Text);
    if (EC) {
      llvm::errs() << "mig-pp: error: cannot write '" << Inv.Output << "': " << EC.message()
                   << "\n";
      Ok = false;
      return;
    }
    OS << Out;
  }

private:
  const Invocation &Inv;
  bool &Ok;
};

class MigAction : public ASTFrontendAction {
public:
  MigAction(const Invocation &Inv, bool &Ok) : Inv(Inv), Ok(Ok) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &, llvm::StringRef) override {
    return std::make_unique<MigConsumer>(Inv, Ok);
  }

private:
  const Invocation &Inv;
  bool &Ok;
};

class MigActionFactory : public tooling::FrontendActionFactory {
public:
  MigActionFactory(const Invocation &Inv, bool &Ok) : Inv(Inv), Ok(Ok) {}
  std::unique_ptr<FrontendAction> create() override { return std::make_unique<MigAction>(Inv, Ok); }

private:
  const Invocation &Inv;
  bool &Ok;
};

[[noreturn]] void usageError(const std::string &Msg) {
  fmt::print(stderr, "mig-pp: error: {}\n", Msg);
  fmt::print(stderr, "usage: mig-pp INPUT -o OUTPUT [--poll=explicit|loops|recursive] "
                     "[--whole-program] [-Wmig-unsafe] [--unit-name=NAME] [--print-frame-layout] "
                     "[-- CLANG-ARGS]\n");
  std::exit(2);
}

Invocation parse(int Argc, char **Argv) {
  Invocation Inv;
  int I = 1;
  for (; I < Argc; ++I) {
    std::string A = Argv[I];
    if (A == "--") {
      ++I;
      break;
    }
    if (A == "-o") {
      if (++I >= Argc)
        usageError("-o needs a file name");
      Inv.Output = Argv[I];
    } else if (A == "--poll=explicit") {
      Inv.Opts.Poll = migpp::PollPolicy::Explicit;
    } else if (A == "--poll=loops") {
      Inv.Opts.Poll = migpp::PollPolicy::Loops;
    } else if (A == "--poll=recursive") {
      Inv.Opts.Poll = migpp::PollPolicy::Recursive;
    } else if (A.rfind("--poll=", 0) == 0) {
      usageError("unknown poll policy '" + A.substr(7) + "' (explicit, loops or recursive)");
    } else if (A == "--whole-program") {
      Inv.Opts.WholeProgram = true;
    } else if (A == "-Wmig-unsafe") {
      Inv.Opts.WarnUnsafe = true;
    } else if (A == "--print-frame-layout") {
      Inv.Opts.PrintFrameLayout = true;
    } else if (A.rfind("--unit-name=", 0) == 0) {
      Inv.Opts.UnitName = A.substr(12);
    } else if (A == "--help" || A == "-h") {
      fmt::print("usage: mig-pp INPUT -o OUTPUT [--poll=explicit|loops|recursive] "
                 "[--whole-program] [-Wmig-unsafe] [--unit-name=NAME] [--print-frame-layout] "
                 "[-- CLANG-ARGS]\n");
      std::exit(0);
    } else if (!A.empty() && A[0] == '-') {
      usageError("unknown argument '" + A + "'");
    } else if (Inv.Input.empty()) {
      Inv.Input = A;
    } else {
      usageError("more than one input file");
    }
  }
  for (; I < Argc; ++I)
    Inv.ClangArgs.push_back(Argv[I]);
  if (Inv.Input.empty())
    usageError("no input file");
  if (Inv.Output.empty())
    usageError("no output file (-o)");
  if (!llvm::sys::fs::exists(Inv.Input))
    usageError("no such file: '" + Inv.Input + "'");
  return Inv;
}

} // namespace

int main(int Argc, char **Argv) {
  Invocation Inv = parse(Argc, Argv);
  std::vector<std::string> Args = Inv.ClangArgs;
  Args.push_back("-fsyntax-only");
  Args.push_back("-resource-dir=" MIG_CLANG_RESOURCE_DIR);
  tooling::FixedCompilationDatabase DB(".", Args);
  tooling::ClangTool Tool(DB, {Inv.Input});
  bool Ok = true;
  MigActionFactory Factory(Inv, Ok);
  int RC = Tool.run(&Factory);
  if (RC != 0 || !Ok) {
    llvm::sys::fs::remove(Inv.Output);
    return 1;
  }
  return 0;
}
