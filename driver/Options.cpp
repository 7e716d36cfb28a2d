//===- Options.cpp - Parse migcc's command line ---------------------------===//
#include "Options.h"

#include "Diagnostics.h"

#include <array>
#include <filesystem>
#include <fmt/format.h>
#include <string_view>

namespace migcc {

namespace {

bool startsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

/// -f flags that change how mig-pp's parser sees the program (language
/// dialect, type layout, char signedness). Other -f flags only affect code
/// generation and are not given to mig-pp.
bool affectsParsing(std::string_view flag) {
  static constexpr std::array<std::string_view, 26> kPrefixes{
      "-fsigned-char",
      "-fno-signed-char",
      "-funsigned-char",
      "-fno-unsigned-char",
      "-fshort-enums",
      "-fno-short-enums",
      "-fshort-wchar",
      "-fno-short-wchar",
      "-fpack-struct",
      "-fms-extensions",
      "-fno-ms-extensions",
      "-fms-compatibility",
      "-fgnu89-inline",
      "-fblocks",
      "-fopenmp",
      "-fdeclspec",
      "-fgnu-keywords",
      "-fno-gnu-keywords",
      "-ffreestanding",
      "-fno-builtin",
      "-fdollars-in-identifiers",
      "-fno-dollars-in-identifiers",
      "-fchar8_t",
      "-fno-char8_t",
      "-fcommon",
      "-fno-common",
  };
  for (std::string_view p : kPrefixes)
    if (startsWith(flag, p))
      return true;
  return false;
}

InputKind kindFromExtension(const std::string &path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".c")
    return InputKind::C;
  if (ext == ".i")
    return InputKind::Preprocessed;
  if (ext == ".s")
    return InputKind::Asm;
  if (ext == ".S")
    return InputKind::AsmCpp;
  return InputKind::Linker;
}

std::optional<InputKind> kindFromLanguage(std::string_view lang) {
  if (lang == "c")
    return InputKind::C;
  if (lang == "c-cpp-output" || lang == "cpp-output")
    return InputKind::Preprocessed;
  if (lang == "assembler")
    return InputKind::Asm;
  if (lang == "assembler-with-cpp")
    return InputKind::AsmCpp;
  return std::nullopt;
}

/// Walks the arguments once, filling an Options.
class ArgParser {
public:
  explicit ArgParser(const std::vector<std::string> &args) : args_(args) {}

  Options run() {
    while (pos_ < args_.size())
      parseOne(args_[pos_++]);
    return std::move(opts_);
  }

private:
  const std::vector<std::string> &args_;
  size_t pos_ = 0;
  Options opts_;
  std::optional<InputKind> language_; // from -x; nullopt: by extension

  /// Value of an option spelled "-Xvalue" or "-X value".
  std::string valueOf(const std::string &arg, std::string_view opt) {
    if (arg.size() > opt.size())
      return arg.substr(opt.size());
    if (pos_ >= args_.size())
      throw DriverError(fmt::format("argument to '{}' is missing", opt));
    return args_[pos_++];
  }

  /// Value of an option spelled only "-X value".
  std::string separateValue(std::string_view opt) {
    if (pos_ >= args_.size())
      throw DriverError(fmt::format("argument to '{}' is missing", opt));
    return args_[pos_++];
  }

  void toAllCompileSteps(const std::string &arg) { opts_.common.push_back(arg); }

  void parseOne(const std::string &arg) {
    if (arg.empty() || arg[0] != '-' || arg == "-") {
      addInput(arg);
      return;
    }
    if (parseDriverOption(arg) || parsePreprocessorOption(arg) || parseCompileOption(arg) ||
        parseLinkOption(arg))
      return;
    throw DriverError(fmt::format("unknown argument '{}'", arg));
  }

  void addInput(const std::string &path) {
    if (path == "-")
      throw DriverError("reading the program from standard input is not "
                        "supported");
    InputKind kind = language_ ? *language_ : kindFromExtension(path);
    opts_.inputs.push_back({path, kind});
    opts_.linkItems.push_back({"", int(opts_.inputs.size()) - 1});
  }

  /// migcc's own options and the phase selectors.
  bool parseDriverOption(const std::string &arg) {
    if (arg == "-c") {
      opts_.phase = Phase::Compile;
    } else if (arg == "-S") {
      opts_.phase = Phase::Assemble;
    } else if (arg == "-E") {
      opts_.phase = Phase::Preprocess;
    } else if (arg == "-v") {
      opts_.verbose = true;
    } else if (arg == "-save-temps" || arg == "--save-temps") {
      opts_.saveTemps = true;
    } else if (arg == "--help" || arg == "-help") {
      opts_.help = true;
    } else if (arg == "--version") {
      opts_.version = true;
    } else if (arg == "-dumpversion") {
      opts_.dumpVersion = true;
    } else if (arg == "-dumpmachine") {
      opts_.dumpMachine = true;
    } else if (startsWith(arg, "-o")) {
      opts_.output = valueOf(arg, "-o");
    } else if (startsWith(arg, "--target=")) {
      opts_.target = arg.substr(9);
    } else if (arg == "-target" || arg == "--target") {
      opts_.target = separateValue(arg);
    } else if (startsWith(arg, "--poll=")) {
      std::string v = arg.substr(7);
      if (v != "explicit" && v != "loops" && v != "recursive")
        throw DriverError(fmt::format("invalid value '{}' in '--poll=' "
                                      "(expected explicit, loops or recursive)",
                                      v));
      opts_.migpp.push_back(arg);
    } else if (startsWith(arg, "-Wmig-") || startsWith(arg, "-Wno-mig-")) {
      opts_.migpp.push_back(arg);
    } else if (startsWith(arg, "--mig-pp=")) {
      opts_.migppPath = arg.substr(9);
    } else if (startsWith(arg, "--mig-runtime=")) {
      opts_.runtimePath = arg.substr(14);
    } else if (startsWith(arg, "--mig-include=")) {
      opts_.includeDir = arg.substr(14);
    } else if (startsWith(arg, "--mig-unit-name=")) {
      opts_.unitName = arg.substr(16);
      if (opts_.unitName->empty())
        throw DriverError("missing name in '--mig-unit-name='");
    } else if (startsWith(arg, "-x")) {
      std::string lang = valueOf(arg, "-x");
      if (lang == "none") {
        language_.reset();
      } else if (auto k = kindFromLanguage(lang)) {
        language_ = k;
      } else {
        throw DriverError(fmt::format("language not recognized: '{}'", lang));
      }
    } else {
      return false;
    }
    return true;
  }

  /// Options applied while preprocessing only.
  bool parsePreprocessorOption(const std::string &arg) {
    for (std::string_view opt : {"-I", "-D", "-U"}) {
      if (startsWith(arg, opt)) {
        opts_.ppOnly.push_back(std::string(opt) + valueOf(arg, opt));
        return true;
      }
    }
    for (std::string_view opt : {"-include", "-imacros", "-isystem", "-iquote", "-idirafter"}) {
      if (arg == opt) {
        opts_.ppOnly.push_back(arg);
        opts_.ppOnly.push_back(separateValue(opt));
        return true;
      }
    }
    if (parseDependencyOption(arg))
      return true;
    if (startsWith(arg, "-Wp,") || arg == "-nostdinc" || arg == "-P" || arg == "-C" ||
        arg == "-undef") {
      opts_.ppOnly.push_back(arg);
      return true;
    }
    return false;
  }

  /// Make-style dependency output, produced by the preprocessing step.
  bool parseDependencyOption(const std::string &arg) {
    if (arg == "-M" || arg == "-MM") {
      opts_.phase = Phase::Preprocess; // like clang: -M implies -E
      opts_.ppOnly.push_back(arg);
    } else if (arg == "-MD" || arg == "-MMD") {
      opts_.depFile = true;
      opts_.ppOnly.push_back(arg);
    } else if (arg == "-MP" || arg == "-MG") {
      opts_.ppOnly.push_back(arg);
    } else if (startsWith(arg, "-MF") || startsWith(arg, "-MT") || startsWith(arg, "-MQ")) {
      std::string opt = arg.substr(0, 3);
      (opt == "-MF" ? opts_.depFileNamed : opts_.depTargetNamed) = true;
      opts_.ppOnly.push_back(opt);
      opts_.ppOnly.push_back(valueOf(arg, opt));
    } else {
      return false;
    }
    return true;
  }

  /// Options for preprocessing and compiling (and some for the link).
  bool parseCompileOption(const std::string &arg) {
    if (startsWith(arg, "-std=") || arg == "-ansi") {
      toAllCompileSteps(arg);
      opts_.parseFlags.push_back(arg);
    } else if (startsWith(arg, "-O")) {
      // -O defines __OPTIMIZE__, which glibc's headers look at.
      toAllCompileSteps(arg);
      opts_.linkFlags.push_back(arg);
    } else if (startsWith(arg, "-g")) {
      opts_.compileOnly.push_back(arg);
    } else if (startsWith(arg, "-Wa,")) {
      opts_.compileOnly.push_back(arg);
    } else if (startsWith(arg, "-Wl,")) {
      opts_.linkItems.push_back({arg});
    } else if (startsWith(arg, "-W") || arg == "-w" || arg == "-pedantic" ||
               arg == "-pedantic-errors") {
      toAllCompileSteps(arg);
      // mig-pp parses the program as clang does: a flag that turns an error
      // clang reports by default into a warning or nothing
      // (-Wno-implicit-int, -Wno-error=..., -w) must reach its parser too,
      // or mig-pp refuses a program clang accepts.
      if (arg == "-w" || startsWith(arg, "-Wno-"))
        opts_.parseFlags.push_back(arg);
    } else if (startsWith(arg, "-f")) {
      if (arg == "-fcolor-diagnostics" || arg == "-fno-color-diagnostics" ||
          startsWith(arg, "-fdiagnostics-color"))
        opts_.colorSpecified = true;
      toAllCompileSteps(arg);
      opts_.linkFlags.push_back(arg);
      if (affectsParsing(arg))
        opts_.parseFlags.push_back(arg);
    } else if (startsWith(arg, "-m")) {
      toAllCompileSteps(arg);
      opts_.linkFlags.push_back(arg);
    } else if (arg == "-pthread") {
      toAllCompileSteps(arg);
      opts_.linkFlags.push_back(arg);
    } else {
      return false;
    }
    return true;
  }

  /// Options for the link only.
  bool parseLinkOption(const std::string &arg) {
    if (startsWith(arg, "-l")) {
      opts_.linkItems.push_back({"-l" + valueOf(arg, "-l")});
    } else if (startsWith(arg, "-L")) {
      opts_.linkItems.push_back({"-L" + valueOf(arg, "-L")});
    } else if (arg == "-Xlinker") {
      opts_.linkItems.push_back({"-Xlinker"});
      opts_.linkItems.push_back({separateValue(arg)});
    } else if (arg == "-static" || arg == "-rdynamic" || arg == "-pie" || arg == "-no-pie" ||
               arg == "-s" || arg == "-nostdlib" || arg == "-nostartfiles" ||
               arg == "-nodefaultlibs") {
      opts_.linkFlags.push_back(arg);
    } else {
      return false;
    }
    return true;
  }
};

} // namespace

Options parseCommandLine(const std::vector<std::string> &args) { return ArgParser(args).run(); }

std::string helpText() {
  return R"(OVERVIEW: migcc - C compiler for programs that migrate between Linux ABIs

USAGE: migcc [options] file...

Inputs: .c (C source), .i (preprocessed C), .s/.S (assembly, not
transformed), anything else is given to the linker (.o, .a, .so).

Pipeline options:
  -E                     Preprocess only (to stdout, or to -o FILE)
  -S                     Compile to assembly (FILE.s)
  -c                     Compile to an object file (FILE.o), do not link
  -o FILE                Write the output to FILE (default a.out)
  --target=TRIPLE        x86_64-linux-gnu (default), aarch64-linux-gnu,
                         s390x-linux-gnu, i686-linux-gnu, arm-linux-gnueabihf,
                         riscv64-linux-gnu or powerpc64le-linux-gnu
  --target=T1,T2,...     Build OUT.<arch> for each target and OUT, a manifest
                         migrun reads (and a script running this machine's)
  -x LANG                Treat following inputs as LANG (c, cpp-output,
                         assembler, assembler-with-cpp, none)
  -v                     Print each command migcc runs
  -save-temps            Keep FILE.i and FILE.mig.c next to the output
  --version, --help, -dumpmachine

migcc options:
  --poll=POLICY          Poll points: explicit (only mig_checkpoint() calls),
                         loops (also loop heads; the default) or recursive
                         (also the entry of functions on call-graph cycles)
  -Wmig-unsafe           Warn about constructs that make a checkpoint unsafe
  --mig-pp=PATH          Use this mig-pp
  --mig-runtime=PATH     Link this runtime library instead of libmigrt.a
  --mig-include=DIR      Use this directory for <mig.h> and <mig/abi.h>
  --mig-unit-name=NAME   Name the unit's static objects in checkpoints with NAME
                         instead of the source file's name (one C input; two
                         C files of the same name in one command are named by
                         their paths without it)

Compiler options (passed to clang-19):
  -I DIR, -D NAME[=VAL], -U NAME, -include FILE, -isystem DIR
  -M, -MM, -MD, -MMD, -MF FILE, -MT TARGET, -MQ TARGET, -MP
  -O0..-O3/-Os/-Oz, -g..., -std=..., -W..., -w, -pedantic, -f..., -m...,
  -pthread, -Wa,..., -Wp,...
Linker options:
  -l LIB, -L DIR, -Wl,..., -Xlinker ARG, -static, -rdynamic, -pie, -no-pie, -s
)";
}

} // namespace migcc
