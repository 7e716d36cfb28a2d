//===- MultiTarget.cpp - One program built for several targets ------------===//
#include "MultiTarget.h"

#include "Diagnostics.h"
#include "Driver.h"
#include "Target.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <set>

namespace migcc {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> splitList(const std::string &list) {
  std::vector<std::string> items;
  size_t start = 0;
  for (;;) {
    size_t comma = list.find(',', start);
    items.push_back(list.substr(start, comma - start));
    if (comma == std::string::npos)
      return items;
    start = comma + 1;
  }
}

/// x86_64-linux-gnu -> x86_64: the suffix of the target's binary and the
/// name migrun and `uname -m` use.
std::string archName(const Target &t) { return t.triple().substr(0, t.triple().find('-')); }

std::vector<Target> resolveTargets(const std::string &list) {
  std::vector<Target> targets;
  std::set<std::string> archs;
  for (const std::string &triple : splitList(list)) {
    auto t = Target::fromTriple(triple);
    if (!t)
      throw DriverError(fmt::format("unknown target '{}' in '--target={}'", triple, list));
    if (!archs.insert(archName(*t)).second)
      throw DriverError(fmt::format("architecture '{}' given twice in "
                                    "'--target={}'",
                                    archName(*t), list));
    targets.push_back(*t);
  }
  return targets;
}

/// `uname -m` spellings of an architecture, as a shell case pattern.
std::string unamePattern(const std::string &arch) {
  if (arch == "x86_64")
    return "x86_64|amd64";
  if (arch == "aarch64")
    return "aarch64|arm64";
  if (arch == "arm")
    return "armv*";
  if (arch == "i386" || arch == "i686")
    return "i?86";
  return arch;
}

/// The manifest script's case arms mapping `uname -m` to the file suffix.
std::string unameCases(const std::vector<Target> &targets) {
  std::string cases;
  for (const Target &t : targets)
    cases += fmt::format("  {}) m={} ;;\n", unamePattern(archName(t)), archName(t));
  return cases;
}

/// The manifest names its binaries in shell code and in space-separated
/// fields: keep the name to characters that need no quoting.
void checkManifestName(const std::string &name) {
  bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' ||
           c == '+';
  });
  if (!plain)
    throw DriverError(fmt::format("'-o {}' with several targets: the output name "
                                  "may hold only letters, digits and . _ - +",
                                  name));
}

/// The manifest: comment lines migrun parses (see driver/migrun), then a
/// shell fallback that runs this machine's binary without migrun.
void writeManifest(const fs::path &out, const std::vector<Target> &targets) {
  std::string name = out.filename().string();
  std::string text = "#!/bin/sh\n"
                     "# migcc-multi-target 1: one program, one binary per "
                     "architecture, same fingerprint\n";
  for (const Target &t : targets)
    text +=
        fmt::format("# migcc-binary: {} {} {}.{}\n", archName(t), t.triple(), name, archName(t));
  text += fmt::format("# Run it with migrun (checkpoints, resume, any of these architectures):\n"
                      "#   migrun --ckpt-dir DIR -- ./{0} ARGS...\n"
                      "# Run directly, it runs the binary for this machine.\n"
                      "m=$(uname -m)\n"
                      "case $m in\n{1}esac\n"
                      "bin=\"$(dirname \"$0\")/{0}.$m\"\n"
                      "[ -x \"$bin\" ] || {{ echo \"{0}: no binary for $m\" >&2; exit 126; }}\n"
                      "exec \"$bin\" \"$@\"\n",
                      name, unameCases(targets));
  std::ofstream f(out, std::ios::trunc);
  f << text;
  f.close();
  if (!f)
    throw DriverError(fmt::format("cannot write '{}'", out.string()));
  fs::permissions(out, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
}

} // namespace

bool isMultiTarget(const Options &opts) {
  return opts.target && opts.target->find(',') != std::string::npos;
}

int buildMultiTarget(const Options &opts) {
  std::vector<Target> targets = resolveTargets(*opts.target);
  if (opts.phase != Phase::Link)
    throw DriverError("several targets need linking: '--target=A,B' builds "
                      "one program per target (drop -c, -S or -E)");
  fs::path out = opts.output.value_or("a.out");
  checkManifestName(out.filename().string());
  for (const Target &t : targets) {
    Options one = opts;
    one.target = t.triple();
    one.output = out.string() + "." + archName(t);
    Driver driver(std::move(one), t);
    if (int status = driver.run())
      return status;
  }
  writeManifest(out, targets);
  return 0;
}

} // namespace migcc
