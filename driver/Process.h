//===- Process.h - Running the tools of the pipeline ----------------------===//
//
// Tools run with posix_spawn, never through a shell. A Command can have its
// stderr filtered to replace private temporary paths by the names the user
// knows, so diagnostics never mention the temporary directory.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace migcc {

struct Command {
  std::vector<std::string> argv; // argv[0] is the program's path
  /// Replacements applied to the tool's stderr (from, to). Empty: stderr is
  /// inherited as is.
  std::vector<std::pair<std::string, std::string>> stderrRewrites;
};

/// "a b" -> 'a b', for -v output that can be pasted into a shell.
std::string shellQuote(const std::string &arg);
std::string shellQuote(const std::vector<std::string> &argv);

/// Runs cmd and waits for it. Returns its exit status (0..255); a tool killed
/// by a signal is reported as a DriverError. Throws DriverError when the
/// program cannot be started.
int runCommand(const Command &cmd);

/// True if a signal (SIGINT, SIGTERM, SIGHUP) arrived while a tool ran; the
/// caller should clean up and call reraiseTerminatingSignal().
bool terminatingSignalPending();
void installSignalHandlers();
[[noreturn]] void reraiseTerminatingSignal();

} // namespace migcc
