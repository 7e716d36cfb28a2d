//===- Target.h - Target triples migcc supports ---------------------------===//
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace migcc {

enum class Arch { X86_64, AArch64 };

/// A supported target, identified by its Debian multiarch triple (the name of
/// the runtime library directory lib/<triple>/).
class Target {
public:
  /// Accepts the usual spellings (x86_64-unknown-linux-gnu, x86_64-pc-linux-gnu,
  /// aarch64-unknown-linux-gnu, arm64-linux-gnu, ...). nullopt if unsupported.
  static std::optional<Target> fromTriple(std::string_view triple);
  /// The machine migcc was built for (x86_64 unless built on AArch64).
  static Target host();

  Arch arch() const { return arch_; }
  /// x86_64-linux-gnu or aarch64-linux-gnu.
  const std::string &triple() const { return triple_; }

private:
  explicit Target(Arch a);
  Arch arch_;
  std::string triple_;
};

} // namespace migcc
