//===- MultiTarget.h - One program built for several targets --------------===//
//
// `migcc --target=x86_64-linux-gnu,aarch64-linux-gnu -o app app.c` builds
// app.x86_64 and app.aarch64 (the architecture is the first part of each
// triple) with the same fingerprint, and `app`: a manifest that migrun reads
// (the "# migcc-binary:" lines) and that is also a POSIX shell script running
// the binary for the machine it is started on.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "Options.h"

namespace migcc {

/// True when --target names several triples (a comma-separated list).
bool isMultiTarget(const Options &opts);

/// Builds every target of the list and writes the manifest. Throws
/// DriverError for an unknown triple, a repeated architecture or a phase
/// other than linking; returns the exit status.
int buildMultiTarget(const Options &opts);

} // namespace migcc
