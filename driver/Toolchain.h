//===- Toolchain.h - Where migcc finds clang, mig-pp, headers and runtime -===//
//
// Everything is found relative to the directory of the migcc executable, so
// the build tree (build/bin/migcc) and an install prefix (PREFIX/bin/migcc)
// both work:
//   <dir>/mig-pp, <dir>/../include, <dir>/../lib/<triple>/libmigrt.a
// clang-19 is looked up on PATH, then in LLVM 19's bin directory.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "Options.h"
#include "Target.h"

#include <filesystem>
#include <string>

namespace migcc {

class Toolchain {
public:
  Toolchain(const Options &opts, Target target);

  const Target &target() const { return target_; }
  /// clang-19. Throws DriverError if not found.
  std::string clang() const;
  /// mig-pp. Throws DriverError if not found.
  std::string migpp() const;
  /// The directory holding mig.h and mig/abi.h. Throws if missing.
  std::string includeDir() const;
  /// libmigrt.a for the target. Throws if missing.
  std::string runtimeLibrary() const;

private:
  Target target_;
  std::filesystem::path binDir_;
  const Options &opts_;
};

/// Directory of the running executable (/proc/self/exe, symlinks resolved).
std::filesystem::path executableDir();

} // namespace migcc
