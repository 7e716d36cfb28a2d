//===- Target.cpp - Target triple normalization ---------------------------===//
#include "Target.h"

#include <array>

namespace migcc {

namespace {
struct Spelling {
  std::string_view name;
  Arch arch;
};
constexpr std::array<Spelling, 28> kSpellings{{
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
    {"s390x-linux-gnu", Arch::S390X},
    {"s390x-unknown-linux-gnu", Arch::S390X},
    {"s390x-ibm-linux-gnu", Arch::S390X},
    {"i686-linux-gnu", Arch::I686},
    {"i686-pc-linux-gnu", Arch::I686},
    {"i686-unknown-linux-gnu", Arch::I686},
    {"i386-linux-gnu", Arch::I686},
    {"arm-linux-gnueabihf", Arch::ARMHF},
    {"armv7-linux-gnueabihf", Arch::ARMHF},
    {"armhf-linux-gnu", Arch::ARMHF},
    {"armv7l-unknown-linux-gnueabihf", Arch::ARMHF},
    {"riscv64-linux-gnu", Arch::RISCV64},
    {"riscv64-unknown-linux-gnu", Arch::RISCV64},
    {"powerpc64le-linux-gnu", Arch::PPC64LE},
    {"powerpc64le-unknown-linux-gnu", Arch::PPC64LE},
    {"ppc64el-linux-gnu", Arch::PPC64LE},
}};

const char *canonicalTriple(Arch a) {
  switch (a) {
  case Arch::X86_64:
    return "x86_64-linux-gnu";
  case Arch::AArch64:
    return "aarch64-linux-gnu";
  case Arch::S390X:
    return "s390x-linux-gnu";
  case Arch::I686:
    return "i686-linux-gnu";
  case Arch::ARMHF:
    return "arm-linux-gnueabihf";
  case Arch::RISCV64:
    return "riscv64-linux-gnu";
  case Arch::PPC64LE:
    return "powerpc64le-linux-gnu";
  }
  return "x86_64-linux-gnu";
}

std::vector<std::string> flagsFor(Arch a) {
  switch (a) {
  case Arch::ARMHF:
    return {"-march=armv7-a", "-mfpu=vfpv3-d16", "-mfloat-abi=hard", "-mthumb"};
  case Arch::I686:
    return {"-msse2", "-mfpmath=sse"};
  case Arch::RISCV64:
    // Debian 12's riscv64 ld (binutils 2.40) crashes on clang 19's DWARF 5.
    return {"-fdebug-default-version=4"};
  default:
    return {};
  }
}
} // namespace

Target::Target(Arch a) : arch_(a), triple_(canonicalTriple(a)), flags_(flagsFor(a)) {}

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

std::string Target::supportedList() {
  std::string s;
  for (Arch a : {Arch::X86_64, Arch::AArch64, Arch::S390X, Arch::I686, Arch::ARMHF, Arch::RISCV64,
                 Arch::PPC64LE}) {
    if (!s.empty())
      s += ", ";
    s += canonicalTriple(a);
  }
  return s;
}

} // namespace migcc
