//===- main.cpp - migcc: compile C programs that can migrate --------------===//
#include "Diagnostics.h"
#include "Driver.h"
#include "MultiTarget.h"
#include "Options.h"
#include "Process.h"
#include "Target.h"

#include <fmt/format.h>

using namespace migcc;

namespace {

Target resolveTarget(const Options &opts) {
  if (!opts.target)
    return Target::host();
  if (auto t = Target::fromTriple(*opts.target))
    return *t;
  throw DriverError(
      fmt::format("unknown target '{}' (supported: {})", *opts.target, Target::supportedList()));
}

int runDriver(const std::vector<std::string> &args) {
  Options opts = parseCommandLine(args);
  if (opts.help) {
    fmt::print("{}", helpText());
    return 0;
  }
  if (isMultiTarget(opts) && !opts.version && !opts.dumpMachine && !opts.dumpVersion)
    return buildMultiTarget(opts);
  Target target = resolveTarget(opts);
  if (opts.dumpVersion) {
    fmt::print("{}\n", MIGCC_VERSION);
    return 0;
  }
  if (opts.dumpMachine) {
    fmt::print("{}\n", target.triple());
    return 0;
  }
  if (opts.version) {
    fmt::print("migcc version {}\nTarget: {}\n", MIGCC_VERSION, target.triple());
    return 0;
  }
  Driver driver(std::move(opts), std::move(target));
  return driver.run();
}

} // namespace

int main(int argc, char **argv) {
  installSignalHandlers();
  int status;
  try {
    status = runDriver(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const DriverError &e) {
    fmt::print(stderr, "migcc: error: {}\n", e.what());
    status = e.exitCode();
  } catch (const ToolFailed &e) {
    status = e.exitCode();
  } catch (const std::exception &e) {
    fmt::print(stderr, "migcc: error: {}\n", e.what());
    status = 1;
  }
  // The Driver (and its temporary directory) is gone by now.
  if (terminatingSignalPending())
    reraiseTerminatingSignal();
  return status;
}
