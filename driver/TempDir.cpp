//===- TempDir.cpp --------------------------------------------------------===//
#include "TempDir.h"

#include "Diagnostics.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <string>
#include <system_error>

namespace migcc {

TempDir::~TempDir() {
  if (!path_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
}

const std::filesystem::path &TempDir::path() {
  if (path_.empty()) {
    const char *env = std::getenv("TMPDIR");
    std::filesystem::path base = env && *env ? env : "/tmp";
    std::string tmpl = (base / "migcc-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
      throw DriverError(fmt::format("cannot create a temporary directory in "
                                    "'{}': {}",
                                    base.string(), std::strerror(errno)));
    path_ = tmpl;
  }
  return path_;
}

std::filesystem::path TempDir::subdir(unsigned index) {
  std::filesystem::path dir = path() / std::to_string(index);
  std::error_code ec;
  std::filesystem::create_directory(dir, ec);
  if (ec)
    throw DriverError(fmt::format("cannot create '{}': {}", dir.string(), ec.message()));
  return dir;
}

} // namespace migcc
