//===- TempDir.h - The driver's private temporary directory ---------------===//
#pragma once

#include <filesystem>

namespace migcc {

/// A directory created with mkdtemp under $TMPDIR (or /tmp) on first use and
/// removed with its contents when the object is destroyed.
class TempDir {
public:
  TempDir() = default;
  ~TempDir();
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;

  /// The directory, created if needed.
  const std::filesystem::path &path();
  /// The directory if it was created, else an empty path.
  const std::filesystem::path &created() const { return path_; }
  /// A fresh subdirectory for one input, so files keep the input's name.
  std::filesystem::path subdir(unsigned index);

private:
  std::filesystem::path path_;
};

} // namespace migcc
