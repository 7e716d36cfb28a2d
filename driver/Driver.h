//===- Driver.h - The migcc compilation pipeline --------------------------===//
//
// For each C input:
//   1. clang-19 -E  (user -I/-D/-U, plus -I <migcc include dir>)   -> F.i
//   2. mig-pp F.i -o F.mig.c [--poll=..] -- --target=T <parse flags>
//   3. clang-19 -x c -c F.mig.c (no -I/-D/-U: already applied)     -> F.o
// then link all objects with libmigrt.a for the target.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "Options.h"
#include "Process.h"
#include "TempDir.h"
#include "Toolchain.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace migcc {

class Driver {
public:
  Driver(Options opts, Target target);
  /// Runs the pipeline. Returns the exit status; throws DriverError or
  /// ToolFailed.
  int run();

private:
  Options opts_;
  Toolchain toolchain_;
  TempDir temps_;
  bool color_;
  /// Per input: what goes to the link (an object or the input itself).
  std::vector<std::string> linkPaths_;

  void checkInputs() const;
  void processInput(unsigned index);
  void compileC(unsigned index);
  void compileAssembly(unsigned index);
  void link();

  std::vector<std::string> preprocessCommand(const Input &in, const std::string &out) const;
  std::vector<std::string> migppCommand(unsigned index, const std::string &in,
                                        const std::string &out) const;
  std::string unitNameFor(unsigned index) const;
  bool isWholeProgram() const;
  std::vector<std::string> compileCommand(const std::string &in, const std::string &out) const;

  /// Output of the last step for inputs[index]: the user's -o, or F.o / F.s
  /// in the current directory, or a temporary object when linking. Empty
  /// for -E without -o (stdout).
  std::string stepOutput(unsigned index);
  /// -MF/-MT for -MD/-MMD when the user did not name them.
  std::vector<std::string> dependencyDefaults(unsigned index);
  /// Intermediate file F<ext> for inputs[index]: next to the output with
  /// -save-temps, else in the private temporary directory.
  std::string intermediate(unsigned index, const std::string &ext);
  /// Temporary paths of inputs[index] mapped to names the user knows.
  std::vector<std::pair<std::string, std::string>> rewritesFor(unsigned index) const;

  /// Prints (with -v) and runs a command; throws ToolFailed on failure.
  void execute(const Command &cmd) const;
  std::vector<std::string> clangBase() const;
};

} // namespace migcc
