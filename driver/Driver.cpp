//===- Driver.cpp - The migcc compilation pipeline ------------------------===//
#include "Driver.h"
#include <algorithm>

#include "Diagnostics.h"

#include <fmt/format.h>
#include <unistd.h>

namespace migcc {

namespace fs = std::filesystem;

namespace {

std::string stem(const std::string &path) { return fs::path(path).stem().string(); }

bool isCompiled(const Input &in) { return in.kind != InputKind::Linker; }

template <typename T> void append(std::vector<T> &to, const std::vector<T> &v) {
  to.insert(to.end(), v.begin(), v.end());
}

} // namespace

Driver::Driver(Options opts, Target target)
    : opts_(std::move(opts)), toolchain_(opts_, std::move(target)),
      color_(!opts_.colorSpecified && ::isatty(STDERR_FILENO)) {}

int Driver::run() {
  checkInputs();
  if (opts_.verbose)
    fmt::print(stderr, "migcc version {}\nTarget: {}\n", MIGCC_VERSION,
               toolchain_.target().triple());
  linkPaths_.resize(opts_.inputs.size());
  for (unsigned i = 0; i < opts_.inputs.size(); ++i)
    processInput(i);
  if (opts_.phase == Phase::Link)
    link();
  return 0;
}

void Driver::checkInputs() const {
  if (opts_.inputs.empty())
    throw DriverError("no input files");
  unsigned compiled = 0;
  for (const Input &in : opts_.inputs) {
    std::error_code ec;
    if (!fs::exists(in.path, ec))
      throw DriverError(fmt::format("no such file: '{}'", in.path));
    if (fs::is_directory(in.path, ec))
      throw DriverError(fmt::format("'{}' is a directory", in.path));
    compiled += isCompiled(in);
  }
  if (opts_.phase != Phase::Link && opts_.output && compiled > 1)
    throw DriverError("cannot specify -o when generating multiple output files");
  if (opts_.unitName &&
      std::count_if(opts_.inputs.begin(), opts_.inputs.end(), [](const Input &in) {
        return in.kind == InputKind::C || in.kind == InputKind::Preprocessed;
      }) > 1)
    throw DriverError("'--mig-unit-name=' names one unit: give one C input");
}

void Driver::processInput(unsigned index) {
  const Input &in = opts_.inputs[index];
  switch (in.kind) {
  case InputKind::Linker:
    if (opts_.phase == Phase::Link)
      linkPaths_[index] = in.path;
    else
      fmt::print(stderr, "migcc: warning: {}: linker input unused\n", in.path);
    return;
  case InputKind::Asm:
  case InputKind::AsmCpp:
    compileAssembly(index);
    return;
  case InputKind::C:
  case InputKind::Preprocessed:
    compileC(index);
    return;
  }
}

void Driver::compileC(unsigned index) {
  const Input &in = opts_.inputs[index];
  if (opts_.phase == Phase::Preprocess) {
    execute({preprocessCommand(in, stepOutput(index)), {}});
    return;
  }
  std::string preprocessed = in.path;
  if (in.kind == InputKind::C) {
    preprocessed = intermediate(index, ".i");
    std::vector<std::string> pp = preprocessCommand(in, preprocessed);
    append(pp, dependencyDefaults(index));
    execute({pp, rewritesFor(index)});
  }
  // In the private directory the transformed file keeps the input's own
  // name, so that the assembler's .file and the debug info name it.
  std::string transformed = intermediate(index, opts_.saveTemps ? ".mig.c" : ".c");
  execute({migppCommand(index, preprocessed, transformed), rewritesFor(index)});
  std::string out = stepOutput(index);
  std::vector<std::string> compile = compileCommand(transformed, out);
  if (!opts_.saveTemps) {
    fs::path userDir = fs::path(in.path).parent_path();
    compile.push_back("-ffile-prefix-map=" + fs::path(transformed).parent_path().string() + "=" +
                      (userDir.empty() ? "." : userDir.string()));
  }
  execute({compile, rewritesFor(index)});
  linkPaths_[index] = out;
}

void Driver::compileAssembly(unsigned index) {
  const Input &in = opts_.inputs[index];
  if (opts_.phase == Phase::Preprocess && in.kind == InputKind::Asm)
    return; // nothing to preprocess
  std::vector<std::string> argv = clangBase();
  argv.push_back("-x");
  argv.push_back(in.kind == InputKind::Asm ? "assembler" : "assembler-with-cpp");
  append(argv, opts_.ppOnly);
  append(argv, opts_.common);
  append(argv, opts_.compileOnly);
  argv.push_back(opts_.phase == Phase::Preprocess ? "-E"
                 : opts_.phase == Phase::Assemble ? "-S"
                                                  : "-c");
  argv.push_back(in.path);
  std::string out = stepOutput(index);
  if (!out.empty()) {
    argv.push_back("-o");
    argv.push_back(out);
  }
  execute({argv, rewritesFor(index)});
  linkPaths_[index] = out;
}

void Driver::link() {
  std::vector<std::string> argv = clangBase();
  append(argv, opts_.linkFlags);
  for (const LinkItem &item : opts_.linkItems)
    argv.push_back(item.input >= 0 ? linkPaths_[item.input] : item.arg);
  argv.push_back(toolchain_.runtimeLibrary());
  argv.push_back("-lpthread");
  argv.push_back("-lm");
  argv.push_back("-o");
  argv.push_back(opts_.output.value_or("a.out"));

  std::vector<std::pair<std::string, std::string>> rewrites;
  for (unsigned i = 0; i < opts_.inputs.size(); ++i)
    append(rewrites, rewritesFor(i));
  // The runtime's main() calls the user's, renamed by mig-pp: without one
  // the linker names the renamed symbol, which the user never wrote.
  rewrites.push_back({"`__mig_user_main'", "`main' (no file of the program defines main)"});
  rewrites.push_back({"undefined symbol: __mig_user_main",
                      "undefined symbol: main (no file of the program defines main)"});
  execute({argv, rewrites});
}

std::vector<std::string> Driver::clangBase() const {
  std::vector<std::string> argv{toolchain_.clang(), "--target=" + toolchain_.target().triple()};
  append(argv, toolchain_.target().codegenFlags());
  if (color_)
    argv.push_back("-fcolor-diagnostics");
  // Each step sees all of the user's compiler flags; clang should not warn
  // that one of them (say -fuse-ld= while compiling) is unused there.
  argv.push_back("-Wno-unused-command-line-argument");
  return argv;
}

std::vector<std::string> Driver::preprocessCommand(const Input &in, const std::string &out) const {
  std::vector<std::string> argv = clangBase();
  argv.push_back("-E");
  argv.push_back("-x");
  argv.push_back(in.kind == InputKind::Preprocessed ? "cpp-output" : "c");
  append(argv, opts_.ppOnly);
  append(argv, opts_.common);
  argv.push_back("-D__MIGCC__=1");
  argv.push_back("-I");
  argv.push_back(toolchain_.includeDir());
  argv.push_back(in.path);
  if (!out.empty()) {
    argv.push_back("-o");
    argv.push_back(out);
  }
  return argv;
}

// One C file linked into a program with nothing but libraries: every
// function of the program whose address can be taken is in that unit, so
// mig-pp may narrow indirect calls by the pointer's type (--whole-program).
// With several units or object files a pointer may reach another unit's
// transformed function, which this unit does not know. (Direct calls to
// functions declared outside system headers stay M-calls either way: a
// user library built by migcc may come in through -l.)
bool Driver::isWholeProgram() const {
  if (opts_.phase != Phase::Link)
    return false;
  unsigned cUnits = 0;
  for (const Input &in : opts_.inputs) {
    if (in.kind == InputKind::C || in.kind == InputKind::Preprocessed)
      ++cUnits;
    else
      return false; // an object, archive or assembly file of the user's
  }
  return cUnits == 1;
}

// The name under which mig-pp registers the unit's static objects (empty:
// mig-pp's default, the source file's name). Names must differ between the
// units of a program and be the same in every build of it, so a path is
// used only where file names clash on one command line.
std::string Driver::unitNameFor(unsigned index) const {
  if (opts_.unitName)
    return *opts_.unitName;
  const Input &in = opts_.inputs[index];
  if (in.kind != InputKind::C)
    return {};
  fs::path name = fs::path(in.path).filename();
  for (unsigned j = 0; j < opts_.inputs.size(); ++j)
    if (j != index && opts_.inputs[j].kind == InputKind::C &&
        fs::path(opts_.inputs[j].path).filename() == name)
      return fs::path(in.path).lexically_normal().generic_string();
  return {};
}

std::vector<std::string> Driver::migppCommand(unsigned index, const std::string &in,
                                              const std::string &out) const {
  std::vector<std::string> argv{toolchain_.migpp(), in, "-o", out};
  if (isWholeProgram())
    argv.push_back("--whole-program");
  if (std::string unit = unitNameFor(index); !unit.empty())
    argv.push_back("--unit-name=" + unit);
  append(argv, opts_.migpp);
  argv.push_back("--");
  argv.push_back("--target=" + toolchain_.target().triple());
  append(argv, toolchain_.target().codegenFlags());
  append(argv, opts_.parseFlags);
  // mig-pp parses preprocessed text: see compileCommand.
  argv.push_back("-Wno-parentheses-equality");
  return argv;
}

std::vector<std::string> Driver::compileCommand(const std::string &in,
                                                const std::string &out) const {
  std::vector<std::string> argv = clangBase();
  argv.push_back("-x");
  argv.push_back("c");
  append(argv, opts_.common);
  append(argv, opts_.compileOnly);
  // mig-pp's input and output are preprocessed: `x == y` from a macro
  // (`if (ttisinteger(o))` in Lua) is `if ((... == ...))` there, which clang
  // warns about only outside macros. A warning the user's build does not
  // have would break -Werror builds, so it is off for the transformed text.
  argv.push_back("-Wno-parentheses-equality");
  argv.push_back("-I");
  argv.push_back(toolchain_.includeDir());
  argv.push_back(opts_.phase == Phase::Assemble ? "-S" : "-c");
  argv.push_back(in);
  argv.push_back("-o");
  argv.push_back(out);
  return argv;
}

std::vector<std::string> Driver::dependencyDefaults(unsigned index) {
  // The preprocessor writes to a temporary file, so clang would name the
  // dependency file and its target after that; name them after the real
  // output as cc does: OUT.d (OUT without .o), target OUT.
  if (!opts_.depFile)
    return {};
  std::string target =
      opts_.phase == Phase::Link ? stem(opts_.inputs[index].path) + ".o" : stepOutput(index);
  std::vector<std::string> flags;
  if (!opts_.depFileNamed) {
    fs::path d = target;
    flags.insert(flags.end(), {"-MF", d.replace_extension(".d").string()});
  }
  if (!opts_.depTargetNamed)
    flags.insert(flags.end(), {"-MT", target});
  return flags;
}

std::string Driver::stepOutput(unsigned index) {
  const std::string s = stem(opts_.inputs[index].path);
  switch (opts_.phase) {
  case Phase::Preprocess:
    return opts_.output.value_or("");
  case Phase::Assemble:
    return opts_.output.value_or(s + ".s");
  case Phase::Compile:
    return opts_.output.value_or(s + ".o");
  case Phase::Link:
    return (temps_.subdir(index) / (s + ".o")).string();
  }
  return "";
}

std::string Driver::intermediate(unsigned index, const std::string &ext) {
  const std::string name = stem(opts_.inputs[index].path) + ext;
  if (!opts_.saveTemps)
    return (temps_.subdir(index) / name).string();
  fs::path next;
  if (opts_.output)
    next = fs::path(*opts_.output).parent_path();
  return (next / name).string();
}

std::vector<std::pair<std::string, std::string>> Driver::rewritesFor(unsigned index) const {
  if (opts_.saveTemps)
    return {};
  if (temps_.created().empty())
    return {};
  const std::string &user = opts_.inputs[index].path;
  const std::string s = stem(user);
  const fs::path dir = temps_.created() / std::to_string(index);
  return {{(dir / (s + ".c")).string(), user},
          {(dir / (s + ".i")).string(), user},
          {(dir / (s + ".o")).string(), s + ".o"}};
}

void Driver::execute(const Command &cmd) const {
  if (opts_.verbose)
    fmt::print(stderr, "{}\n", shellQuote(cmd.argv));
  std::fflush(stderr);
  int status = runCommand(cmd);
  if (terminatingSignalPending())
    throw ToolFailed(128);
  if (status != 0)
    throw ToolFailed(status);
}

} // namespace migcc
