//===- LibcCalls.h - libc calls whose state the runtime keeps -------------===//
//
// Some C library functions keep state inside the library, where a
// checkpoint cannot see it: rand/srand, random/srandom/initstate/setstate,
// drand48/lrand48/mrand48/srand48/seed48/lcong48 (and erand48/nrand48/
// jrand48, which use the multiplier lcong48 sets), strtok, atexit/on_exit,
// and the process CPU-time clocks clock/clock_gettime/getrusage/times.
// Their calls (and uses as function pointers) in the user's functions are
// rewritten to the runtime's versions, which compute glibc's exact results
// from a state the runtime saves in every checkpoint
// (runtime/src/state_libc.c, state_strtok.c, state_atexit.c, state_clock.c).
//
//===----------------------------------------------------------------------===//
#ifndef MIGPP_LIBCCALLS_H
#define MIGPP_LIBCCALLS_H

#include "MigratableAnalysis.h"
#include "SourceHelper.h"

namespace migpp {

/// Rewrites references to the C library functions above in the user's
/// functions to the runtime's __mig_<name>.
void rewriteLibcCalls(const MigratableAnalysis &MA, SourceHelper &SH);

/// Rewrites the calls that open and close files, descriptors, directory
/// streams and pipes (fopen, open, dup2, opendir, pipe, ...) in the user's
/// functions to the runtime's __mig_<name>, which keep the table of open
/// files a checkpoint saves (runtime/src/vfiles.c, state_files.c).
void rewriteFileCalls(const MigratableAnalysis &MA, SourceHelper &SH);

} // namespace migpp

#endif
