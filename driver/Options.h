//===- Options.h - migcc's command line -----------------------------------===//
//
// The parsed command line. Flags are sorted by the pipeline step that needs
// them (see Driver.cpp for the steps):
//
//   preprocess  clang -E      ppOnly + common
//   mig-pp                    migpp (its own flags) and, after "--",
//                             parseFlags (-std=, -ansi, parsing -f flags,
//                             -w and -Wno-...)
//   compile     clang -c/-S   common + compileOnly; never -D/-U/-I
//   link        clang         linkItems (objects and -l/-L/-Wl, in command
//                             line order) + linkFlags
//
//===----------------------------------------------------------------------===//
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace migcc {

/// Where the pipeline stops.
enum class Phase { Preprocess /*-E*/, Assemble /*-S*/, Compile /*-c*/, Link };

/// What an input file is, from -x or its extension.
enum class InputKind {
  C,            // .c: the full pipeline
  Preprocessed, // .i: mig-pp, compile
  Asm,          // .s: assembled as is
  AsmCpp,       // .S: preprocessed and assembled (not transformed)
  Linker        // anything else: passed to the link
};

struct Input {
  std::string path;
  InputKind kind;
};

/// One link argument in command-line order: either a literal argument
/// (-lfoo, -L dir, -Wl,...) or the object produced from inputs[input].
struct LinkItem {
  std::string arg;
  int input = -1;
};

struct Options {
  Phase phase = Phase::Link;
  std::optional<std::string> output;
  std::optional<std::string> target;
  bool verbose = false;
  bool saveTemps = false;
  bool help = false;
  bool version = false;
  bool dumpMachine = false;    // -dumpmachine: print the target triple
  bool dumpVersion = false;    // -dumpversion: print the version number
  bool colorSpecified = false; // user gave -f[no-]color-diagnostics
  bool depFile = false;        // -MD or -MMD: write a .d file while compiling
  bool depFileNamed = false;   // -MF given
  bool depTargetNamed = false; // -MT or -MQ given

  std::optional<std::string> migppPath;   // --mig-pp=
  std::optional<std::string> runtimePath; // --mig-runtime=
  std::optional<std::string> includeDir;  // --mig-include=
  std::optional<std::string> unitName;    // --mig-unit-name=

  std::vector<std::string> migpp;       // --poll=, -Wmig-*
  std::vector<std::string> parseFlags;  // for mig-pp's parser, after "--"
  std::vector<std::string> ppOnly;      // -I -D -U -include -isystem -Wp,...
  std::vector<std::string> common;      // preprocess and compile
  std::vector<std::string> compileOnly; // -g, -Wa,...
  std::vector<std::string> linkFlags;   // -pthread -static -f -m -O ...
  std::vector<LinkItem> linkItems;
  std::vector<Input> inputs;
};

/// Parses argv[1..]. Throws DriverError for an unknown argument, a missing
/// argument value or a bad -x language. Does not check that inputs exist.
Options parseCommandLine(const std::vector<std::string> &args);

/// The --help text.
std::string helpText();

} // namespace migcc
