//===- Toolchain.cpp ------------------------------------------------------===//
#include "Toolchain.h"

#include "Diagnostics.h"

#include <cstdlib>
#include <fmt/format.h>
#include <sstream>
#include <unistd.h>

#ifndef MIGCC_LLVM_BIN_DIR
#define MIGCC_LLVM_BIN_DIR "/usr/lib/llvm-19/bin"
#endif

namespace migcc {

namespace fs = std::filesystem;

namespace {

bool isExecutable(const fs::path &p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

std::optional<fs::path> findOnPath(const std::string &name) {
  const char *path = std::getenv("PATH");
  if (!path)
    return std::nullopt;
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    fs::path candidate = fs::path(dir.empty() ? "." : dir) / name;
    if (isExecutable(candidate))
      return candidate;
  }
  return std::nullopt;
}

std::string clean(const fs::path &p) { return p.lexically_normal().string(); }

} // namespace

fs::path executableDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec)
    throw DriverError("cannot locate the migcc executable (/proc/self/exe)");
  return exe.parent_path();
}

Toolchain::Toolchain(const Options &opts, Target target)
    : target_(std::move(target)), binDir_(executableDir()), opts_(opts) {}

std::string Toolchain::clang() const {
  if (auto p = findOnPath("clang-19"))
    return p->string();
  fs::path fallback = fs::path(MIGCC_LLVM_BIN_DIR) / "clang";
  if (isExecutable(fallback))
    return fallback.string();
  throw DriverError("clang-19 not found (install the clang-19 package)");
}

std::string Toolchain::migpp() const {
  fs::path p = opts_.migppPath ? fs::path(*opts_.migppPath) : binDir_ / "mig-pp";
  if (!isExecutable(p))
    throw DriverError(fmt::format("mig-pp not found: '{}'", clean(p)));
  return clean(p);
}

std::string Toolchain::includeDir() const {
  fs::path p = opts_.includeDir ? fs::path(*opts_.includeDir) : binDir_ / ".." / "include";
  std::error_code ec;
  if (!fs::is_directory(p, ec))
    throw DriverError(fmt::format("migcc headers not found: '{}'", clean(p)));
  return clean(p);
}

std::string Toolchain::runtimeLibrary() const {
  fs::path p = opts_.runtimePath ? fs::path(*opts_.runtimePath)
                                 : binDir_ / ".." / "lib" / target_.triple() / "libmigrt.a";
  std::error_code ec;
  if (!fs::is_regular_file(p, ec))
    throw DriverError(
        fmt::format("runtime library for {} not found: '{}'", target_.triple(), clean(p)));
  return clean(p);
}

} // namespace migcc
