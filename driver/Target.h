//===- Target.h - Target triples migcc supports ---------------------------===//
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace migcc {

enum class Arch { X86_64, AArch64, S390X, I686, ARMHF, RISCV64, PPC64LE };

/// A supported target, identified by its Debian multiarch triple (the name of
/// the runtime library directory lib/<triple>/).
class Target {
public:
  /// Accepts the usual spellings (x86_64-unknown-linux-gnu, arm64-linux-gnu,
  /// i386-linux-gnu, armhf-linux-gnu, ...). nullopt if unsupported.
  static std::optional<Target> fromTriple(std::string_view triple);
  /// The machine migcc was built for (x86_64 unless built on AArch64).
  static Target host();
  /// Canonical triples of every supported target, for messages.
  static std::string supportedList();

  Arch arch() const { return arch_; }
  /// x86_64-linux-gnu, aarch64-linux-gnu, s390x-linux-gnu, i686-linux-gnu,
  /// arm-linux-gnueabihf, riscv64-linux-gnu or powerpc64le-linux-gnu.
  const std::string &triple() const { return triple_; }
  /// Code generation flags every clang step gets for this target, so the
  /// code matches the Debian port's baseline (armhf: ARMv7-A, VFPv3-D16,
  /// Thumb-2) or computes like the other targets (i686: SSE2 arithmetic,
  /// not x87 excess precision, so double results agree with x86-64), or
  /// work around a tool (riscv64: DWARF 4, which Debian 12's ld can link).
  const std::vector<std::string> &codegenFlags() const { return flags_; }

private:
  explicit Target(Arch a);
  Arch arch_;
  std::string triple_;
  std::vector<std::string> flags_;
};

} // namespace migcc
