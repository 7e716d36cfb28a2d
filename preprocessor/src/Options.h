//===- Options.h - mig-pp command-line options ----------------------------===//
#ifndef MIGPP_OPTIONS_H
#define MIGPP_OPTIONS_H

#include <string>

namespace migpp {

enum class PollPolicy {
  Explicit, ///< only mig_checkpoint() calls
  Loops,    ///< also loop heads (not innermost counted loops)
  Recursive ///< also the entry of every function on a call-graph cycle
};

struct Options {
  PollPolicy Poll = PollPolicy::Loops;
  /// The unit is the whole program: calls to functions without a body are
  /// library calls and indirect calls are narrowed to this unit's functions.
  bool WholeProgram = false;
  /// -Wmig-unsafe: warn about MigThread's "unsafe factors".
  bool WarnUnsafe = false;
  /// Name used to qualify static symbols ("file.c:f"); default: the basename
  /// of the unit's main source file.
  std::string UnitName;
  /// --print-frame-layout: print each transformed function's frame layout
  /// (FrameLayout::print) on standard output.
  bool PrintFrameLayout = false;
};

} // namespace migpp

#endif
