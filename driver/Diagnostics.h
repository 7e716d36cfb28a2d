//===- Diagnostics.h - migcc's own error reporting ------------------------===//
//
// The driver reports its own errors as one line, "migcc: error: ...", and
// exits non-zero. Errors are thrown as DriverError and printed by main().
//
//===----------------------------------------------------------------------===//
#pragma once

#include <stdexcept>
#include <string>

namespace migcc {

class DriverError : public std::runtime_error {
public:
  explicit DriverError(const std::string &msg, int exitCode = 1)
      : std::runtime_error(msg), exitCode_(exitCode) {}
  int exitCode() const { return exitCode_; }

private:
  int exitCode_;
};

/// A tool we ran failed; its own diagnostics were already printed, so the
/// driver only propagates the exit status.
class ToolFailed : public std::exception {
public:
  explicit ToolFailed(int exitCode) : exitCode_(exitCode) {}
  int exitCode() const { return exitCode_; }
  const char *what() const noexcept override { return "tool failed"; }

private:
  int exitCode_;
};

} // namespace migcc
