//===- Target.cpp - Target triple normalization ---------------------------===//
#include "Target.h"

#include <array>

namespace migcc {

namespace {
struct Spelling {
  std::string_view name;
  Arch arch;
};
constexpr std::array<Spelling, 12> kSpellings{{
    {"x86_64-linux-gnu", Arch::X86_64},
    {"x86_64-unknown-linux-gnu", Arch::X86_64},
    {"x86_64-pc-linux-gnu", Arch::X86_64},
    {"x86_64-linux", Arch::X86_64},
    {"x86_64-unknown-linux", Arch::X86_64},
    {"amd64-linux-gnu", Arch::X86_64},
    {"aarch64-linux-gnu", Arch::AArch64},
    {"aarch64-unknown-linux-gnu", Arch::AArch64},
    {"aarch64-linux", Arch::AArch64},
    {"aarch64-unknown-linux", Arch::AArch64},
    {"arm64-linux-gnu", Arch::AArch64},
    {"arm64-unknown-linux-gnu", Arch::AArch64},
}};
} // namespace

Target::Target(Arch a)
    : arch_(a),
      triple_(a == Arch::X86_64 ? "x86_64-linux-gnu" : "aarch64-linux-gnu") {}

std::optional<Target> Target::fromTriple(std::string_view triple) {
  for (const Spelling &s : kSpellings)
    if (s.name == triple)
      return Target(s.arch);
  return std::nullopt;
}

Target Target::host() {
#if defined(__aarch64__)
  return Target(Arch::AArch64);
#else
  return Target(Arch::X86_64);
#endif
}

} // namespace migcc
